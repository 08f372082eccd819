# book/book.mk: the book (included by the top Makefile; run make from the root).
#
#   make book              build/book/html/index.html, minipy-book.epub, minipy-book.pdf
#   make check-examples    run every example of the written chapters, compare outputs
#   make check-examples-selftest   prove that check-examples catches a changed output
#   make check-seeds       every seed of the written chapters is tagged
#   make check-book        build the book, epubcheck, load each page in headless Chromium,
#                          search the site in Chromium
#   make serve-book        serve build/book/html on http://127.0.0.1:8000/ (search needs http)
#   make accept            rewrite the expected outputs that differ (review with git diff)
#   make accept ALL=1      rewrite every output, even those equal up to addresses
#
# BOOK_CHAPTERS="01-object-model 03-reference-counting" renders only those.
# ONLY="05 06" restricts check-examples and accept to those chapters (a chapter
# being written); MINIPY_BIN=dir runs other chapter programs than build/bin/.
# See book/README.md for the conventions the chapters follow.

# The chapters whose prose is written: their examples and seeds are checked.
# WRITTEN_CHAPTERS (the chapters whose examples and seeds are checked) is set
# in the top Makefile.

MINIPY_BIN ?= build/bin
export MINIPY_BIN

BOOK_DIR        := build/book
BOOK_CHAPTERS   ?= $(patsubst chapters/%/chapter.md,%,$(sort $(wildcard chapters/[0-9][0-9]-*/chapter.md)))
BOOK_APPENDICES := $(patsubst book/appendices/%.md,%,$(sort $(wildcard book/appendices/*.md)))
BOOK_ASTS       := $(BOOK_DIR)/ast/preface.json \
                   $(patsubst %,$(BOOK_DIR)/ast/%.json,$(BOOK_CHAPTERS)) \
                   $(patsubst %,$(BOOK_DIR)/ast/app-%.json,$(BOOK_APPENDICES))
BOOK_FILTER     := book/filters/minipy.lua book/listing.py tools/extract.py
BOOK_EXERCISES  := book/exercises.py exercises/grade.py
BOOK_RENDER     := book/assemble.py book/filters/render.lua book/highlight.theme book/metadata.yaml
BOOK_DIFFS      := $(if $(wildcard tools/chapter-diffs.sh),diffs)
BOOK_CHECKED    := $(or $(ONLY),$(WRITTEN_CHAPTERS))
export BOOK_CHAPTERS

# Markdown -> JSON through the first pass; a warning or any stderr fails.
define book_pandoc
	@mkdir -p $(@D) $(BOOK_DIR)/figures
	@pandoc --fail-if-warnings -f markdown-auto_identifiers --lua-filter book/filters/minipy.lua \
	    -t json $(1) -o $@.tmp 2>$@.err && ! test -s $@.err && mv $@.tmp $@ \
	    || { cat $@.err >&2; rm -f $@.tmp; echo "book: $< failed" >&2; exit 1; }
	@rm -f $@.err
endef

# A chapter's AST depends on its program (figures) and its snapshot (listings).
book_nn = $(firstword $(subst -, ,$(1)))
define book_chapter_rule
$(BOOK_DIR)/ast/$(1).json: chapters/$(1)/chapter.md $(BOOK_FILTER) \
        $(MINIPY_BIN)/ch$(call book_nn,$(1)) $(SRC)/ch$(call book_nn,$(1))/.stamp \
        $(wildcard exercises/$(1)/*/exercise.md exercises/$(1)/*/exercise.json) $(BOOK_EXERCISES)
	$$(call book_pandoc,$$<)
endef
$(foreach c,$(BOOK_CHAPTERS),$(eval $(call book_chapter_rule,$(c))))

$(BOOK_DIR)/ast/preface.json: book/preface.md $(BOOK_FILTER)
	$(call book_pandoc,-M id-prefix=preface $<)

$(BOOK_DIR)/ast/app-%.json: book/appendices/%.md $(BOOK_FILTER) $(MINIPY_BIN)/ch12
	$(call book_pandoc,-M id-prefix=app-$* $<)

# The chapters the book was last rendered with: the file is rewritten, and
# so the book rendered again, only when BOOK_CHAPTERS changes (a subset, or
# the whole book after a subset).
BOOK_LIST := $(BOOK_DIR)/chapters.list
$(BOOK_LIST): book-list-check
	@mkdir -p $(@D)
	@echo "$(BOOK_CHAPTERS)" | cmp -s - $@ || echo "$(BOOK_CHAPTERS)" > $@
.PHONY: book-list-check
book-list-check:

$(BOOK_DIR)/html/index.html: $(BOOK_ASTS) $(BOOK_RENDER) $(BOOK_LIST) book/templates/page.html tools/search/package-lock.json \
        $(wildcard book/css/*.css) | $(BOOK_DIFFS)
	@python3 book/assemble.py html

$(BOOK_DIR)/minipy-book.epub: $(BOOK_ASTS) $(BOOK_RENDER) $(BOOK_LIST) book/css/epub.css
	@python3 book/assemble.py epub

$(BOOK_DIR)/minipy-book.pdf: $(BOOK_ASTS) $(BOOK_RENDER) $(BOOK_LIST) book/templates/print.html book/css/print.css \
        book/print_pdf.py
	@python3 book/assemble.py pdf

.PHONY: book book-html book-epub book-pdf check-examples check-examples-selftest \
        check-seeds check-book accept
book: book-html book-epub book-pdf
book-html: $(BOOK_DIR)/html/index.html
book-epub: $(BOOK_DIR)/minipy-book.epub
book-pdf: $(BOOK_DIR)/minipy-book.pdf

# The chapters' programs, and chapter 12's, which runs the appendices'
# examples; letters in ONLY (appendices) name no program of their own.
BOOK_PROGRAMS := $(sort $(foreach n,$(filter 0% 1%,$(BOOK_CHECKED)),$(MINIPY_BIN)/ch$(n)) \
                        $(MINIPY_BIN)/ch12)

check-examples: $(BOOK_PROGRAMS)
	@python3 tests/check_examples.py --chapters "$(BOOK_CHECKED)" --bin $(MINIPY_BIN)

check-examples-selftest: $(BOOK_PROGRAMS)
	@python3 tests/check_examples.py --selftest --chapters "$(BOOK_CHECKED)" --bin $(MINIPY_BIN)

check-seeds:
	@python3 tests/check_seeds.py --chapters "$(WRITTEN_CHAPTERS)"

check-book: book
	@python3 tests/check_html.py

# The site's search fetches its index, which browsers refuse over file://.
.PHONY: serve-book
serve-book: book-html
	@echo "http://127.0.0.1:$(or $(PORT),8000)/ (Ctrl-C stops)"
	@python3 -m http.server --bind 127.0.0.1 --directory $(BOOK_DIR)/html $(or $(PORT),8000)

accept: $(BOOK_PROGRAMS)
	@python3 tests/check_examples.py --accept $(if $(ALL),--all) --chapters "$(BOOK_CHECKED)" --bin $(MINIPY_BIN)
