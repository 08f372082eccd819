# exercises.mk: grading the exercises (included by the top Makefile).
#
#   make grade                    grade every exercise: a table, build/grade/results.json
#   make grade EX=01-2            grade one (or EX=01: a whole chapter), every check shown
#   make grade EX=01-2 HINT=1     ... and show the next hint
#   make grade EX=01-1 REVEAL=1   predict exercises: show what each wrong snippet prints
#   make hint EX=01-2 [TIER=2]    the next hint (or tier 2 again); build/grade/hints.json remembers
#   make grade-watch EX=01-2      re-grade whenever the answer file changes (Ctrl-C stops)
#   make grader-selftest          the grader's own tests, then: every reference scores
#                                 full marks and every untouched starter fails
#   make grader-fixtures          only the grader's own tests (no chapter program needed)
#
# Reset your answers with `git checkout exercises/`.

GRADE      := CC="$(CC)" python3 exercises/grade.py
GRADE_ARGS  = $(EX) $(if $(filter-out 0,$(HINT)),--hint) $(if $(filter-out 0,$(REVEAL)),--reveal) \
              $(if $(TIMEOUT),--timeout $(TIMEOUT))

# Grading needs the chapter programs and snapshots of the chapters graded
# only (EX=01-2 or EX=01: chapter 01; no EX: every chapter with exercises),
# so a chapter still under construction does not stop the others.
EX_CHAPTERS    := $(sort $(foreach d,$(patsubst exercises/%,%,$(wildcard exercises/[0-9][0-9]-*)),\
                    $(firstword $(subst -, ,$(d)))))
# A mistyped EX (EX=1-1, EX=foo) selects no chapter here: grade.py then
# says that there is no such exercise, and nothing is built for it.
GRADE_CHAPTERS  = $(if $(EX),$(filter $(EX_CHAPTERS),$(sort $(foreach e,$(EX),$(firstword $(subst -, ,$(e)))))),$(EX_CHAPTERS))
GRADE_NEEDS     = $(foreach n,$(GRADE_CHAPTERS),$(BIN)/ch$(n) $(SRC)/ch$(n)/.stamp)

.PHONY: grade hint grade-watch grader-selftest grader-fixtures grade-list
grade: $(GRADE_NEEDS)
	@$(GRADE) grade $(GRADE_ARGS)

hint:
	@$(GRADE) hint $(EX) $(if $(TIER),--tier $(TIER))

grade-watch: $(GRADE_NEEDS)
	@$(GRADE) watch $(EX) $(if $(filter-out 0,$(REVEAL)),--reveal)

grade-list:
	@$(GRADE) list

# The grader's own tests (tests/grader_selftest/, on a fake runtime) and
# then every exercise: reference full marks, untouched starter fails.
# Last line: "grader: N passed, M failed" (the fixture tests count as one).
grader-selftest: $(foreach n,$(EX_CHAPTERS),$(BIN)/ch$(n) $(SRC)/ch$(n)/.stamp)
	@$(GRADE) selftest

# Only the grader's tests on the fake runtime: no chapter program needed.
grader-fixtures:
	@python3 tests/grader_selftest/run.py
