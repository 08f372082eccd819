# minipy: a runnable book on how Python manages memory.
#
#   make          install missing tools, build the 12 chapter programs, render the book
#   make test     every test (see `make help`)
#
# The pieces live beside what they build: book/book.mk, tests/tests.mk,
# exercises/exercises.mk. This file builds the runtime.

SHELL := /bin/bash
.DEFAULT_GOAL := all

# python3 as the program it is, first on PATH for every recipe: where
# python3 is pyenv's shim, each start runs some thirty shell processes
# (0.33 s instead of 0.07 s on these machines), and make test starts
# python3 thousands of times. The interpreter is the one the shim chose.
PYTHON3_DIR := $(shell python3 -c 'import os, sys; print(os.path.dirname(sys.executable))' 2>/dev/null)
ifneq ($(PYTHON3_DIR),)
export PATH := $(PYTHON3_DIR):$(PATH)
endif

CC      ?= cc
CSTD    := -std=c11 -Wall -Wextra -Werror -pedantic
CFLAGS  ?= -O2 -g
# Chapters 1-11 are built with CHAPTER_CFLAGS: they run the book's examples
# and the tests, never the benchmarks, and -O1 -g1 compiles them in 60 % of
# the time of -O2 -g. -g1 is line tables only: file and line in gdb's backtraces
# and in valgrind's and ASan's reports, no variables (README.md: how to get
# full -g). Chapter 12, minipy, the one the benchmarks run, takes CFLAGS
# (the chapters named in OPTIMIZED_CHAPTERS).
CHAPTER_CFLAGS ?= -O1 -g1
OPTIMIZED_CHAPTERS ?= 12
LDLIBS  := -lm -ledit
SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

# Chapters whose prose and runtime are written; the tests check these.
WRITTEN_CHAPTERS  := 01 02 03 04 05 06 07 08 09 10 11 12
LAST_CHAPTER_DONE := $(lastword $(WRITTEN_CHAPTERS))

CHAPTERS := 01 02 03 04 05 06 07 08 09 10 11 12
CH_NAMES := OBJECT_MODEL INTERNING REFCOUNT CONTAINERS DEL THRESHOLDS \
            GENERATIONS CYCLES GC_REFS WEAKREF POOLS LEAKS

# code/ is in layers (code/README.md): core/, objects/, parser/, modules/,
# and main.c. Sources include headers by name; -I names every folder.
CODE_DIRS := core objects parser modules
CODE_C  := $(sort $(wildcard code/*.c $(addsuffix /*.c,$(addprefix code/,$(CODE_DIRS)))))
CODE_H  := $(sort $(filter-out code/chapters.h,$(wildcard code/*.h $(addsuffix /*.h,$(addprefix code/,$(CODE_DIRS))))))
CODE    := $(CODE_C) $(CODE_H) code/chapters.h
CODE_INCLUDES := -Icode $(addprefix -Icode/,$(CODE_DIRS))

BIN     := build/bin
SRC     := build/src

# -DCH_OBJECT_MODEL=1 -DCH_INTERNING=2 ... for unifdef
CH_DEFS := $(foreach i,$(shell seq 1 12),-DCH_$(word $(i),$(CH_NAMES))=$(i))

.PHONY: all tools programs every-program help clean
all: tools programs book

tools:
	@bash tools/ensure-tools.sh

# The programs from the last chapter back: the later the chapter, the
# longer it takes to compile (chapter 12 at -O2 most of all), so under
# make -j the program left compiling alone at the end is a short one.
reverse = $(if $1,$(call reverse,$(wordlist 2,$(words $1),$1)) $(firstword $1))
# `make programs` (and so `make` and `make test`) runs make again with a job
# per core when it was not given -j: the programs are independent, and
# compiling them is most of what a clean build costs.
NPROC := $(shell nproc 2>/dev/null || echo 2)
programs:
	@case " $$MAKEFLAGS " in *" -j"*) jobs= ;; *) jobs=-j$(NPROC) ;; esac; \
	$(MAKE) --no-print-directory $$jobs every-program
every-program: $(BIN)/minipy $(foreach n,$(call reverse,$(CHAPTERS)),$(BIN)/ch$(n)) \
          $(foreach n,$(CHAPTERS),$(SRC)/ch$(n).c) diffs

# ---- snapshots: code/ with the chapter guards resolved ---------------------
# build/src/chNN/ holds clean C for chapter NN; tools/snapshot.py runs unifdef
# over every file and drops chapters.h. It rewrites only changed files, so
# make rebuilds only what changed.
$(SRC)/ch%/.stamp: $(CODE) tools/snapshot.py
	@python3 tools/snapshot.py $* $(SRC)/ch$* "$(CH_DEFS)" $(CODE_C) $(CODE_H)
	@touch $@

# tools/cbuild.py compiles a snapshot's .c files in unity groups, a few
# files of one folder as one translation unit, each group's object cached
# by content in build/obj: a group that two chapters have in common is
# compiled once, and an edit recompiles only the groups it changed.
CBUILD = python3 tools/cbuild.py --cc $(CC) --cache build/obj
program_flags = $(CSTD) $(if $(filter $(OPTIMIZED_CHAPTERS),$1),$(CFLAGS),$(CHAPTER_CFLAGS))

$(BIN)/ch%: $(SRC)/ch%/.stamp tools/cbuild.py tools/amalgamate.py build/flags/ch%
	@$(CBUILD) $(SRC)/ch$*:$@ -- $(call program_flags,$*)

# The compiler and flags a program was built with, rewritten only when they
# change: `make programs CHAPTER_CFLAGS='-O0 -g'` rebuilds chapters 1-11.
build/flags/ch%: FORCE
	@mkdir -p $(@D); flags='$(CC) $(call program_flags,$*)'; \
	[ "$$(cat $@ 2>/dev/null)" = "$$flags" ] || echo "$$flags" > $@

.PRECIOUS: build/flags/ch%
.PHONY: FORCE
FORCE:

# The single-file amalgamation, like SQLite's: cc -std=c11 chNN.c -lm -ledit
$(SRC)/ch%.c: $(SRC)/ch%/.stamp tools/amalgamate.py
	@python3 tools/amalgamate.py $(SRC)/ch$* $@

$(BIN)/minipy: $(BIN)/ch12
	cp $< $@

# Per-chapter diffs: what chapter N adds to chapter N-1.
.PHONY: diffs
diffs: $(foreach n,$(CHAPTERS),$(SRC)/ch$(n)/.stamp)
	@bash tools/chapter-diffs.sh $(SRC) $(CHAPTERS)

help:
	@echo "make              install missing tools, build build/bin/ch01..ch12 and minipy, render the book"
	@echo "make programs     only the chapter programs (build/bin/chNN, build/bin/minipy)"
	@echo "make book         the book: build/book/html/index.html, build/book/minipy-book.epub, .pdf"
	@echo "make test         every test: unit, examples, CPython comparison, grader, book checks"
	@echo "make accept       rewrite the expected outputs in the chapters after an intended change"
	@echo "make grade        grade your exercises (EX=01-1 for one; HINT=1 for the next hint)"
	@echo "make hint         the next hint for an exercise (EX=01-1; TIER=2 for that tier)"
	@echo "make grade-list   the exercises, one per line"
	@echo "make grade-watch  re-grade EX=01-1 whenever its answer file changes"
	@echo "make check-examples  run every example of the book and compare (ONLY=05 for one chapter)"
	@echo "make check-book   build the book, epubcheck, load every page in Chromium"
	@echo "make bench        benchmarks: whole scripts, gc.collect(), microbenchmarks, minipy against python3 (RUNS=5)"
	@echo "make bench-gc     only the collector benchmark (build/bench/gc.md)"
	@echo "make bench-micro  only the function-level microbenchmarks, paired CPU-time ratios (build/bench/micro.md)"
	@echo "make bench-compile  only the front end: compile time per source byte, 10 KB to 10 MB (build/bench/compile.md)"
	@echo "make fuzz         libFuzzer over the front end and evaluator, ASan+UBSan (FUZZ_TIME=3600 s; default 600)"
	@echo "make inject       allocation-failure injection at every allocation of a script, a syntax error, a REPL session"
	@echo "make valgrind-examples-full   every example under valgrind (make test runs every second one)"
	@echo "make leakcheck    the reference leak check at exit over every book example and corpus program"
	@echo "make coverage     line and branch coverage of code/ over the test suite (gcov)"
	@echo "make diffs        build/src/chNN.diff: what each chapter adds"
	@echo "make clean        remove build/"

clean:
	rm -rf build

-include tests/tests.mk
-include tests/checks.mk
-include book/book.mk
-include exercises/exercises.mk
