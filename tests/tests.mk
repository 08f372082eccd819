# tests/tests.mk: `make test` and its parts. Each suite prints one line
# "NAME: N passed, M failed"; `make test` runs every suite, prints all their
# summaries, and fails if any suite failed.

UNIT_TESTS := $(patsubst tests/unit/%.c,build/tests/%,$(sort $(wildcard tests/unit/test_*.c)))
RUNTIME_C  := $(filter-out code/main.c,$(CODE_C))
# The suites, in two lanes that `make test` runs side by side (the machines
# have two cores); each lane runs its suites in order into its own log, and
# the logs are printed one after the other when both are done. The suites of
# one lane build nothing that the other lane builds (both only read the
# chapter programs, which `programs` has built before): lane 1 has every
# suite that builds the runtime again (ASan objects, the fuzzer's, the
# grader's), lane 2 those that only run programs and the book. Each suite's
# log ends with the seconds it took; keep the lanes about even.
TEST_LANE_1 := test-unit test-deep test-stress test-inject test-fuzz test-leaks \
               grader-selftest
TEST_LANE_2 := valgrind-examples check-examples-selftest check-book \
               test-snapshots test-repl test-unicode-names check-seeds check-examples \
               test-corpus test-cli
SUITES := $(TEST_LANE_1) $(TEST_LANE_2)

.PHONY: test $(SUITES)
test: tools programs
	@mkdir -p build/test; \
	lane() { local name=$$1 failed=0; shift; \
	    for suite in "$$@"; do \
	        echo "== $$suite"; start=$$(date +%s); \
	        $(MAKE) --no-print-directory $$suite || failed=$$((failed + 1)); \
	        echo "   ($$suite: $$(( $$(date +%s) - start )) s)"; \
	    done > build/test/$$name.log 2>&1; \
	    echo $$failed > build/test/$$name.failed; }; \
	lane lane1 $(TEST_LANE_1) & lane lane2 $(TEST_LANE_2) & wait; \
	cat build/test/lane1.log build/test/lane2.log; \
	failed=$$(( $$(cat build/test/lane1.failed) + $$(cat build/test/lane2.failed) )); \
	echo "== test: $$failed suite(s) failed"; \
	[ $$failed -eq 0 ]

# Unit tests: CUnit, the whole runtime (chapter 12) under ASan + UBSan,
# compiled once into objects that every test links.
ASAN_OBJ := $(patsubst code/%.c,build/asan/%.o,$(RUNTIME_C))
build/asan/%.o: code/%.c $(CODE_H) code/chapters.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) -O1 -g $(SAN) $(CODE_INCLUDES) -c -o $@ $<

build/tests/%: tests/unit/%.c tests/unit/harness.h $(ASAN_OBJ)
	@mkdir -p build/tests
	$(CC) $(CSTD) -O1 -g $(SAN) $(CODE_INCLUDES) -o $@ $< $(ASAN_OBJ) -lcunit $(LDLIBS)

test-unit: $(UNIT_TESTS)
	@failed=0; for t in $(UNIT_TESTS); do \
	    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 $$t > build/tests/$$(basename $$t).log 2>&1; rc=$$?; \
	    tail -n 1 build/tests/$$(basename $$t).log; \
	    if [ $$rc -ne 0 ]; then failed=1; echo "   (see build/tests/$$(basename $$t).log)"; fi; \
	done; [ $$failed -eq 0 ]

test-cli: programs
	@bash tests/unit/test_cli.sh $(BIN)

# The REPL on a pseudo-terminal (line editing, history, Ctrl-C, Ctrl-D) in
# every chapter program, and stdout's buffering with PYTHONUNBUFFERED set
# and not (tests/test_repl_tty.py).
test-repl: programs
	@python3 tests/test_repl_tty.py $(BIN)

# The mechanism of DESIGN §4: guards resolved, snapshots compile alone.
test-snapshots: programs
	@bash tests/test_snapshots.sh $(SRC) $(BIN)

# The chapters whose runtime is written (the collector's chapters 6-9 have
# their runtime before their prose): each program under its own chapter's
# program, then all of them under minipy, the complete runtime.
CORPUS_UPTO := 12
test-corpus: programs
	@python3 tests/run_corpus.py $(BIN) --upto $(CORPUS_UPTO) --mode both --verify-cpython
	@python3 tests/run_corpus.py $(BIN) --upto $(CORPUS_UPTO) --mode both --program minipy \
	    | sed 's/^corpus:/corpus (minipy):/'; exit $${PIPESTATUS[0]}

# "\N{...}": the committed name table (code/parser/unicode_name_table.[ch])
# is what tools/gen_unicode_names.py writes from python3's unicodedata, and
# every name and alias gives python3's character, in every chapter program.
test-unicode-names: programs
	@python3 tests/test_unicode_names.py $(BIN)

# Stress mode (MINIPY_GC_STRESS=1): a full collection at every allocation
# of a GC-aware object, in minipy built with ASan + UBSan, over every corpus
# program: an object freed while still in use is found at once.
# MINIPY_MALLOC=malloc: ASan watches blocks from malloc; blocks inside
# chapter 11's pools it cannot see.
build/asan-bin/minipy: code/main.c $(ASAN_OBJ)
	@mkdir -p build/asan-bin
	$(CC) $(CSTD) -O1 -g $(SAN) $(CODE_INCLUDES) -o $@ code/main.c $(ASAN_OBJ) $(LDLIBS)

# allocator_may_return_null: a request too big for any machine ("x" * 2**62)
# gets NULL from ASan's malloc, as from the C library's, and so the
# MemoryError the program expects, instead of ASan's own abort.
test-stress: build/asan-bin/minipy
	@MINIPY_GC_STRESS=1 MINIPY_MALLOC=malloc ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 python3 tests/run_corpus.py build/asan-bin \
	    --upto $(CORPUS_UPTO) --mode both --program minipy --stress \
	    | sed 's/^corpus:/stress:/'; exit $${PIPESTATUS[0]}

# Chapter 5's trashcan: a million-deep structure freed under ASan; then
# deep and long inputs (tests/deep/gen_deep.py) against python3's recorded
# outcomes, in minipy and its ASan build (no signal, no stall).
test-deep: programs build/asan-bin/minipy
	@bash tests/test_deep.sh $(SRC) $(BIN) build/asan-bin

# The examples of the written chapters again, each run under valgrind: any
# error or leak report lands in the output and fails the comparison. A run
# costs valgrind's start (0.7 s), so make test takes a fixed half, examples
# 0, 2, 4, ... of each file; `make valgrind-examples-full` takes them all.
VALGRIND_PART ?= 0/2
VALGRIND_BIN := build/valgrind-bin
$(VALGRIND_BIN)/ch%: tests/valgrind-wrapper.sh
	@mkdir -p $(VALGRIND_BIN)
	@sed "s|@PROGRAM@|$(abspath $(BIN))/ch$*|" $< > $@ && chmod +x $@

# Chapter 12 runs the appendices' examples.
valgrind-examples: $(foreach n,$(sort $(WRITTEN_CHAPTERS) 12),$(BIN)/ch$(n) $(VALGRIND_BIN)/ch$(n))
	@python3 tests/check_examples.py --chapters "$(BOOK_CHECKED)" --bin $(VALGRIND_BIN) --timeout 300 \
	    $(if $(VALGRIND_PART),--part $(VALGRIND_PART)) | sed 's/^examples:/valgrind-examples:/'; exit $${PIPESTATUS[0]}

.PHONY: valgrind-examples-full
valgrind-examples-full:
	@$(MAKE) --no-print-directory valgrind-examples VALGRIND_PART=

# Benchmarks: measurements for the book's appendix, never pass/fail on time.
# Whole scripts, minipy against python3; then the collector: one full
# gc.collect() over 10^4..10^6 live lists and garbage cycles, per object
# (build/bench/gc.md). The allocator gets its own with the chapter that
# builds it. They fail only if an interpreter fails or the two disagree.
.PHONY: bench bench-gc bench-alloc bench-mem bench-compile bench-micro
build/bench/measure: tests/bench/measure.c
	@mkdir -p build/bench
	$(CC) -std=c11 -Wall -Wextra -Werror -O2 -o $@ $<

bench: $(BIN)/minipy build/bench/measure
	@python3 tests/bench/run_bench.py --bin $(BIN)/minipy --measure build/bench/measure $(if $(RUNS),--runs $(RUNS))
	@python3 tests/bench/run_gc_bench.py --bin $(BIN)/minipy $(if $(RUNS),--runs $(RUNS))
	@$(MAKE) --no-print-directory bench-micro
	@$(MAKE) --no-print-directory bench-alloc
	@$(MAKE) --no-print-directory bench-mem
	@$(MAKE) --no-print-directory bench-compile

# Function-level microbenchmarks (tests/bench/micro/): paired, alternating
# runs, the median ratio of CPU times minipy/python3 with its spread and
# the peak memory of each side (build/bench/micro.md and micro.svg).
bench-micro: $(BIN)/minipy build/bench/measure
	@python3 tests/bench/run_micro_bench.py --bin $(BIN)/minipy --measure build/bench/measure $(if $(RUNS),--runs $(RUNS))

# Bytes per object held alive (int, float, [], a two-key dict, a pair, an
# instance with two attributes), minipy against python3, from the peak
# resident size of a million of them (build/bench/objmem.md).
bench-mem: $(BIN)/minipy build/bench/measure
	@python3 tests/bench/run_objmem_bench.py --bin $(BIN)/minipy --measure build/bench/measure $(if $(RUNS),--runs $(RUNS))

# Chapter 11: the pools against malloc, on a synthetic trace (the allocator
# alone, built from the chapter-12 snapshot; CPython's pymalloc on its first
# 2 million steps for comparison), on the malloc lab's recorded traces, and
# on whole scripts run with and without MINIPY_MALLOC=malloc
# (build/bench/alloc.md).
build/bench/alloc_trace: tests/bench/alloc_trace.c $(SRC)/ch12.c
	@mkdir -p build/bench
	$(CC) -std=c11 -Wall -Wextra -Werror -O2 -I$(SRC)/ch12/core -o $@ $< $(SRC)/ch12/core/obmalloc.c
	$(CC) -std=c11 -Wall -Wextra -Werror -O2 -DSTEPS=2000000 -I$(SRC)/ch12/core -o $@-short $< $(SRC)/ch12/core/obmalloc.c

bench-alloc: $(BIN)/minipy build/bench/alloc_trace
	@python3 tests/bench/run_alloc_bench.py --trace build/bench/alloc_trace --bin $(BIN)/minipy $(if $(RUNS),--runs $(RUNS))

# The front end: time per source byte from 10 KB to 10 MB of functions
# defined and never called, flat when parsing, scoping and folding are
# linear (build/bench/compile.md).
bench-compile: $(BIN)/minipy
	@python3 tests/bench/run_compile_bench.py --bin $(BIN)/minipy $(if $(RUNS),--runs $(RUNS))

bench-gc: $(BIN)/minipy
	@python3 tests/bench/run_gc_bench.py --bin $(BIN)/minipy $(if $(RUNS),--runs $(RUNS))
