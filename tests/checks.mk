# tests/checks.mk: the checks that keep the runtime safe (issue 8, items
# 10, 12-14): the fuzzer, allocation-failure injection, the reference leak
# check at exit, coverage. Each has a full target for maintainers and a
# bounded slice that `make test` runs (test-fuzz, test-inject, test-leaks).

.PHONY: fuzz test-fuzz inject test-inject leakcheck test-leaks coverage

# ---- the fuzzer (tests/fuzz/fuzz_eval.c) -----------------------------------
# libFuzzer needs clang and its runtime (Debian's libclang-rt-14-dev, which
# tools/ensure-tools.sh installs). The runtime is built a third time, with
# -DMINIPY_FUZZ: the safe-point budget of interrupt.h exists only there.
FUZZ_CC    := clang-14
FUZZ_FLAGS := $(CSTD) -O1 -g -DMINIPY_FUZZ $(SAN)
FUZZ_OBJ   := $(patsubst code/%.c,build/fuzz/obj/%.o,$(RUNTIME_C))
FUZZ_TIME  ?= 600
# One input may run 10 s (a slow input is a finding) and use 2 GB.
FUZZ_OPTS  := -dict=tests/fuzz/python.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
              -close_fd_mask=3 -print_final_stats=1 -artifact_prefix=build/fuzz/findings/
FUZZ_ENV   := ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
              UBSAN_OPTIONS=print_stacktrace=1 MINIPY_MALLOC=malloc

build/fuzz/obj/%.o: code/%.c $(CODE_H) code/chapters.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link $(CODE_INCLUDES) -c -o $@ $<

build/fuzz/fuzz_eval: tests/fuzz/fuzz_eval.c $(FUZZ_OBJ)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer $(CODE_INCLUDES) -o $@ $< $(FUZZ_OBJ) $(LDLIBS)

build/fuzz/seeds/.stamp: tests/fuzz/make_seeds.py $(wildcard tests/corpus/*.py) \
                         $(wildcard chapters/*/chapter.md book/appendices/*.md)
	@rm -rf build/fuzz/seeds
	@python3 tests/fuzz/make_seeds.py build/fuzz/seeds
	@touch $@

# The long run: FUZZ_TIME seconds (make fuzz FUZZ_TIME=3600), on what
# earlier runs found (build/fuzz/corpus) and the seeds. A finding is saved
# as build/fuzz/findings/crash-* (or leak-, timeout-, oom-); rerun it with
# build/fuzz/fuzz_eval FILE.
fuzz: build/fuzz/fuzz_eval build/fuzz/seeds/.stamp
	@mkdir -p build/fuzz/corpus build/fuzz/findings
	$(FUZZ_ENV) nice build/fuzz/fuzz_eval $(FUZZ_OPTS) -max_total_time=$(FUZZ_TIME) \
	    build/fuzz/corpus build/fuzz/seeds

# make test's slice: every seed once, then mutations up to FUZZ_TEST_RUNS
# inputs (about 45 s), from a fixed seed: the same inputs on every machine
# (a slow one that reaches the time cap runs a prefix of them), so the slice
# cannot pass on one run and fail on the next. Any finding fails it.
FUZZ_TEST_RUNS ?= 25000
FUZZ_TEST_TIME ?= 90
ifneq ($(shell command -v $(FUZZ_CC)),)
test-fuzz: build/fuzz/fuzz_eval build/fuzz/seeds/.stamp
	@mkdir -p build/fuzz/findings build/test
	@rm -rf build/fuzz/test-corpus; mkdir -p build/fuzz/test-corpus
	@if $(FUZZ_ENV) build/fuzz/fuzz_eval $(FUZZ_OPTS) -seed=1 -runs=$(FUZZ_TEST_RUNS) -max_total_time=$(FUZZ_TEST_TIME) \
	        build/fuzz/test-corpus build/fuzz/seeds > build/test/fuzz.log 2>&1; then \
	    echo "fuzz: $$(grep -o 'stat::number_of_executed_units: [0-9]*' build/test/fuzz.log | grep -o '[0-9]*$$') executions, 0 findings, 1 passed, 0 failed"; \
	else tail -n 40 build/test/fuzz.log; echo "fuzz: a finding (build/test/fuzz.log, build/fuzz/findings/), 0 passed, 1 failed"; exit 1; fi
else
# Only where tools/ensure-tools.sh could not install clang (no apt, not root).
test-fuzz:
	@echo "fuzz: skipped: $(FUZZ_CC) is not installed (Debian: clang-14 libclang-rt-14-dev), 0 passed, 0 failed"
endif

# ---- allocation-failure injection (tests/inject/sweep.py) ------------------
# minipy built with -DMINIPY_FAIL_ALLOC under ASan + UBSan: MINIPY_FAIL_AT=N
# fails the Nth allocation (core/memory.c). The sweep runs a script, a
# syntax error and a REPL session once per allocation each makes; every run
# must end with "MemoryError" and status 1 (0 when the REPL or an "Exception
# ignored" report went on past it), no signal, no sanitizer report (leaks
# included). `make inject` takes every point; make test every 3rd.
# Only core/memory.c differs from the ASan build of test-unit and
# test-stress (build/asan/): the rest is linked from there.
INJECT_OBJ := build/inject/memory.o $(filter-out build/asan/core/memory.o,$(ASAN_OBJ))
INJECT_PROGRAMS := tests/inject/script.py tests/inject/syntax_error.py tests/inject/session.txt
build/inject/memory.o: code/core/memory.c $(CODE_H) code/chapters.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) -O1 -g $(SAN) -DMINIPY_FAIL_ALLOC $(CODE_INCLUDES) -c -o $@ $<

build/inject/minipy: code/main.c $(INJECT_OBJ)
	$(CC) $(CSTD) -O1 -g $(SAN) $(CODE_INCLUDES) -o $@ code/main.c $(INJECT_OBJ) $(LDLIBS)

inject: build/inject/minipy
	@nice python3 tests/inject/sweep.py --bin build/inject/minipy --step 1 $(INJECT_PROGRAMS)

INJECT_TEST_STEP ?= 3
test-inject: build/inject/minipy
	@python3 tests/inject/sweep.py --bin build/inject/minipy --step $(INJECT_TEST_STEP) $(INJECT_PROGRAMS)

# ---- the reference leak check at exit (code/core/runtime.c, leak_check) ----
# MINIPY_LEAKCHECK=1: before the exit frees every block, minipy counts the
# objects that no cache of the runtime holds, i.e. references never released,
# which valgrind and LeakSanitizer cannot see. Run over every example of the
# book and every corpus program (the fuzzer's seeds are exactly those) and
# the injection sweep's REPL session. It takes seconds, so make test runs all.
LEAK_PROGRAMS := build/fuzz/seeds tests/inject/script.py
leakcheck: $(BIN)/minipy build/fuzz/seeds/.stamp
	@python3 tests/leakcheck.py --bin $(BIN)/minipy $(LEAK_PROGRAMS)
	@out=$$(MINIPY_LEAKCHECK=1 $(BIN)/minipy -q < tests/inject/session.txt 2>&1); \
	if grep -q "leak check:" <<< "$$out"; then echo "$$out"; echo "leakcheck (REPL): 0 passed, 1 failed"; exit 1; \
	else echo "leakcheck (REPL): 1 passed, 0 failed"; fi

test-leaks: leakcheck

# ---- coverage (tests/coverage.sh) ------------------------------------------
# minipy built with gcc --coverage, run through the suites that run programs;
# gcov sums line and branch coverage of code/. Not part of make test.
COV_OBJ := $(patsubst code/%.c,build/cov/obj/%.o,$(CODE_C))
build/cov/obj/%.o: code/%.c $(CODE_H) code/chapters.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) -O0 -g --coverage $(CODE_INCLUDES) -c -o $@ $<

build/cov/minipy: $(COV_OBJ)
	$(CC) --coverage -o $@ $(COV_OBJ) $(LDLIBS)

coverage: programs build/cov/minipy build/fuzz/seeds/.stamp
	@WRITTEN="$(WRITTEN_CHAPTERS)" nice bash tests/coverage.sh
