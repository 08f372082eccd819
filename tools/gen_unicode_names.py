#!/usr/bin/env python3
"""gen_unicode_names.py: the table of Unicode character names behind "\\N{...}".

    python3 tools/gen_unicode_names.py [--aliases FILE] [--out DIR]

Reads the names from python3's unicodedata (Python 3.11: Unicode 14.0.0) and
the name aliases from NameAliases.txt (Debian's unicode-data package; an
alias is kept only where unicodedata.lookup maps it to the same character,
so a newer file gives the same table), and writes
code/parser/unicode_name_table.h and .c. Both are committed: the build never
runs this script; `make test-unicode-names` runs it again and fails if the
committed files differ from what it writes.

What the table holds (code/parser/unicode_names.c reads it):

- Names CPython computes are computed, not stored: HANGUL SYLLABLE GA (from
  the jamo), CJK UNIFIED IDEOGRAPH-4E00 (the unified ranges), and the
  numbered names whose hex digits are their code point, such as
  NUSHU CHARACTER-1B170 (only their ranges are stored).
- Every other name and every alias: sorted, cut into blocks of BLOCK
  names. A name shares its first characters with the name before it and
  stores only the rest (front coding); in the rest a frequent word is one
  or two characters of code (the lexicon). Then comes its code point, as a
  difference from the one before. The first name of a block shares nothing
  and its code point is whole, so a binary search can read block heads alone.

Everything is printable ASCII so that the C source stays near the size of
the data: rows of ROW characters, each one string literal.
"""
import argparse
import collections
import os
import re
import sys
import unicodedata

BLOCK = 32              # names per block: a lookup reads about BLOCK / 2 of them
ROW = 512               # characters per string literal: the file stays under 900 lines
NAME_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -")
# The 92 printable characters a string literal holds as they are (no '"',
# no '\\', no '?' that could start a trigraph): a digit of 0..91 is the
# character of that rank.
DIGITS = "".join(chr(c) for c in range(32, 127) if chr(c) not in '"?\\')
HALF = len(DIGITS) // 2             # varint digits: 0..45 end, 46..91 go on
END = ";"                           # ends the words of an entry
ONE_CHAR = "abcdefghijklmnopqrstuvwxyz"     # a word in one character
LEADS = "".join(c for c in DIGITS if c not in NAME_CHARS and c not in ONE_CHAR + END)
NUMBERED_MIN = 16       # a prefix-HEX family this large is computed, not stored

OUT_H, OUT_C = "unicode_name_table.h", "unicode_name_table.c"
DEFAULT_ALIASES = "/usr/share/unicode/NameAliases.txt"      # Debian's unicode-data


def all_names():
    """{code point: name} of every named character."""
    names = {}
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is not None:
            names[cp] = name
    return names


def runs(code_points):
    """Consecutive code points as [first, last] pairs."""
    out = []
    for cp in sorted(code_points):
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def numbered_families(names):
    """{prefix: code points} for names PREFIX-XXXX whose hex is the code
    point as "%04X" writes it; CPython computes CJK UNIFIED IDEOGRAPH- and
    stores the others (so they compare without case)."""
    families = collections.defaultdict(list)
    for cp, name in names.items():
        m = re.fullmatch(r"(.*-)([0-9A-F]{4,6})", name)
        if m and m.group(2) == "%04X" % cp:
            families[m.group(1)].append(cp)
    return {p: cps for p, cps in families.items() if len(cps) >= NUMBERED_MIN}


def hangul_jamo(names):
    """The short jamo names of CPython's hangul_syllables table, found back
    from the syllable names: (first code point, initials, medials, finals)."""
    syllables = sorted(cp for cp, n in names.items() if n.startswith("HANGUL SYLLABLE "))
    first = syllables[0]
    assert syllables == list(range(first, first + 19 * 21 * 28)), "Hangul block changed"
    text = {cp - first: names[cp][len("HANGUL SYLLABLE "):] for cp in syllables}

    def common(words, suffix=False):
        words = [w[::-1] for w in words] if suffix else list(words)
        out = os.path.commonprefix(words)
        return out[::-1] if suffix else out

    finals = [common([text[(l * 21 + v) * 28 + t] for l in range(19) for v in range(21)], True)
              for t in range(28)]
    initials = [common([text[(l * 21 + v) * 28 + t] for v in range(21) for t in range(28)])
                for l in range(19)]
    medials = [text[v * 28][len(initials[0]):] for v in range(21)]
    for s, name in text.items():
        l, v, t = s // (21 * 28), s // 28 % 21, s % 28
        assert initials[l] + medials[v] + finals[t] == name, name
    return first, initials, medials, finals


def read_aliases(path, names):
    """{alias: code point}: NameAliases.txt's aliases that unicodedata.lookup
    accepts for the same character (a newer file's additions drop out)."""
    aliases = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            cp, alias, _kind = line.split(";")
            cp = int(cp, 16)
            try:
                found = unicodedata.lookup(alias)
            except KeyError:
                continue
            if found == chr(cp):
                assert alias not in names.values(), alias
                aliases[alias] = cp
    return aliases


# ---- the encoding ----------------------------------------------------------

def shared_length(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def front_coded(entries):
    """(shared, name, code point, whether a block starts) per entry."""
    out, previous = [], ""
    for i, (name, cp) in enumerate(entries):
        head = i % BLOCK == 0
        shared = 0 if head else min(shared_length(previous, name), len(name) - 1)
        out.append((shared, name, cp, head))
        previous = name
    return out


def pieces(shared, name):
    """The rest of a name after its shared part, as (word, whole, last):
    whole says the piece starts a word, so the lexicon may stand for it."""
    parts = name[shared:].split(" ")
    starts_word = shared == 0 or name[shared - 1] == " "
    return [(p, starts_word or i > 0, i == len(parts) - 1) for i, p in enumerate(parts)]


def choose_lexicon(coded):
    """The words worth a code, most frequent first: a code (1 or 2
    characters, and it brings its space) against the word spelled out."""
    counts = collections.Counter(w for shared, name, _, _ in coded
                                 for w, whole, _ in pieces(shared, name) if whole and w)
    capacity = len(ONE_CHAR) + len(LEADS) * len(DIGITS)
    worth = [w for w, n in sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))
             if n * (len(w) + 1 - 2) > len(w) + 2]
    return worth[:capacity]


def word_code(index):
    if index < len(ONE_CHAR):
        return ONE_CHAR[index]
    index -= len(ONE_CHAR)
    return LEADS[index // len(DIGITS)] + DIGITS[index % len(DIGITS)]


def varint(value):
    """A signed difference, zigzagged, in digits of base HALF: a digit
    below HALF is the last."""
    value = 2 * value if value >= 0 else -2 * value - 1
    out = ""
    while value >= HALF:
        out += DIGITS[HALF + value % HALF]
        value //= HALF
    return out + DIGITS[value]


def encode(coded, lexicon):
    """The text of every block, and where each starts in it."""
    codes = {w: word_code(i) for i, w in enumerate(lexicon)}
    text, starts, previous_cp = [], [], 0
    for shared, name, cp, head in coded:
        if head:
            starts.append(sum(map(len, text)))
            previous_cp = 0
        out = [DIGITS[shared]]
        for word, whole, last in pieces(shared, name):
            if whole and word in codes:
                out.append(codes[word])         # the code brings the space
            else:
                out.append(word if last else word + " ")
        out.append(END + varint(cp - previous_cp))
        previous_cp = cp
        text.append("".join(out))
    starts.append(sum(map(len, text)))
    return "".join(text), starts


# ---- the C files -------------------------------------------------------------

def c_string(text):
    assert not set(text) & set('"?\\')
    return '"%s"' % text


def numbers(values, per_line=10, fmt="%d"):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("    " + ", ".join(fmt % v for v in values[i:i + per_line]) + ",")
    return "\n".join(lines)


def banner(what):
    return ("/* %s: %s\n"
            " *\n"
            " * GENERATED by `python3 tools/gen_unicode_names.py` from Unicode %s (the\n"
            " * unicodedata module of Python 3.11) and the name aliases it accepts: do not\n"
            " * edit; `make test-unicode-names` fails when this file is out of date.\n"
            " */\n") % (what[0], what[1], unicodedata.unidata_version)


def write_header(info):
    jamo_width = max(len(j) for j in info["initials"] + info["medials"] + info["finals"]) + 1
    return banner((OUT_H, "the layout of the name table, for unicode_names.c")) + """\
#ifndef MINIPY_UNICODE_NAME_TABLE_H
#define MINIPY_UNICODE_NAME_TABLE_H

#define UNICODE_NAME_VERSION "%(version)s"
#define UNICODE_NAME_MAX_LENGTH %(max_length)d   /* the longest stored name or alias */

/* The text: ROW characters to a row. The lexicon's words first, then the
 * blocks of entries. An entry: one digit, how many characters it shares
 * with the entry before; its other characters, where a lowercase letter
 * stands for one of the first %(one)d words of the lexicon and a LEADS
 * character and a digit for one of the next ones (each word with a space
 * after it); END; its code point less the one before (the whole code
 * point at a block's head) as a zigzag varint, digits below HALF last.
 * A digit is the character's rank in DIGITS. */
#define UNICODE_NAME_ROW %(row)d
#define UNICODE_NAME_DIGITS "%(digits)s"
#define UNICODE_NAME_HALF %(half)d
#define UNICODE_NAME_END '%(end)s'
#define UNICODE_NAME_ONE_CHAR_WORDS %(one)d
#define UNICODE_NAME_LEADS "%(leads)s"
#define UNICODE_NAME_WORDS %(words)d
#define UNICODE_NAME_BLOCKS %(blocks)d

extern const char unicode_name_text[][UNICODE_NAME_ROW + 1];
/* where word i starts in the text; it ends where word i + 1 starts */
extern const unsigned short unicode_name_word_start[UNICODE_NAME_WORDS + 1];
/* where block i starts; it ends where block i + 1 starts */
extern const unsigned unicode_name_block_start[UNICODE_NAME_BLOCKS + 1];

/* Names that are a prefix and the code point in hex ("%%04X"). */
typedef struct UnicodeNameRange {
    const char *prefix;
    unsigned first, last;
} UnicodeNameRange;

/* CJK UNIFIED IDEOGRAPH-XXXX: computed by CPython for these ranges */
#define UNICODE_UNIFIED_RANGES %(unified_count)d
extern const UnicodeNameRange unicode_unified_ranges[UNICODE_UNIFIED_RANGES];
/* the other numbered names: stored by CPython, computed here */
#define UNICODE_NUMBERED_RANGES %(numbered_count)d
extern const UnicodeNameRange unicode_numbered_ranges[UNICODE_NUMBERED_RANGES];

/* HANGUL SYLLABLE: the first syllable, and the jamo's short names that
 * spell the others (initial, medial, final) */
#define UNICODE_HANGUL_FIRST 0x%(hangul_first)X
#define UNICODE_HANGUL_INITIALS %(initials)d
#define UNICODE_HANGUL_MEDIALS %(medials)d
#define UNICODE_HANGUL_FINALS %(finals)d
#define UNICODE_HANGUL_JAMO_WIDTH %(jamo_width)d
extern const char unicode_hangul_initials[UNICODE_HANGUL_INITIALS][UNICODE_HANGUL_JAMO_WIDTH];
extern const char unicode_hangul_medials[UNICODE_HANGUL_MEDIALS][UNICODE_HANGUL_JAMO_WIDTH];
extern const char unicode_hangul_finals[UNICODE_HANGUL_FINALS][UNICODE_HANGUL_JAMO_WIDTH];

#endif
""" % dict(info, digits=DIGITS, half=HALF, end=END, one=len(ONE_CHAR), leads=LEADS,
           row=ROW, initials=len(info["initials"]), medials=len(info["medials"]),
           finals=len(info["finals"]), jamo_width=jamo_width,
           unified_count=len(info["unified"]), numbered_count=len(info["numbered"]))


def write_source(info, text, word_starts, block_starts):
    def ranges(rows):
        return "\n".join('    {"%s", 0x%04X, 0x%04X},' % r for r in rows)

    def jamo(names):
        return "\n".join("    " + " ".join("%s," % c_string(j) for j in names[i:i + 10])
                         for i in range(0, len(names), 10))

    rows = "\n".join("    %s," % c_string(text[i:i + ROW]) for i in range(0, len(text), ROW))
    return banner((OUT_C, "%d names and aliases in %d blocks" % (info["entries"], info["blocks"]))) + """\
#include "unicode_name_table.h"

const char unicode_name_text[][UNICODE_NAME_ROW + 1] = {
%s
};

const unsigned short unicode_name_word_start[UNICODE_NAME_WORDS + 1] = {
%s
};

const unsigned unicode_name_block_start[UNICODE_NAME_BLOCKS + 1] = {
%s
};

const UnicodeNameRange unicode_unified_ranges[UNICODE_UNIFIED_RANGES] = {
%s
};

const UnicodeNameRange unicode_numbered_ranges[UNICODE_NUMBERED_RANGES] = {
%s
};

const char unicode_hangul_initials[UNICODE_HANGUL_INITIALS][UNICODE_HANGUL_JAMO_WIDTH] = {
%s
};

const char unicode_hangul_medials[UNICODE_HANGUL_MEDIALS][UNICODE_HANGUL_JAMO_WIDTH] = {
%s
};

const char unicode_hangul_finals[UNICODE_HANGUL_FINALS][UNICODE_HANGUL_JAMO_WIDTH] = {
%s
};
""" % (rows, numbers(word_starts, 16), numbers(block_starts, 12),
       ranges(info["unified"]), ranges(info["numbered"]),
       jamo(info["initials"]), jamo(info["medials"]), jamo(info["finals"]))


def generate(aliases_path):
    """{file name: text} of the two files."""
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_unicode_names.py: needs python3.11 (Unicode 14.0.0, as CPython 3.11)")
    names = all_names()
    unified_prefix = "CJK UNIFIED IDEOGRAPH-"
    unified = [cp for cp, n in names.items()
               if n.startswith(unified_prefix) and int(n[len(unified_prefix):], 16) == cp]
    families = {p: cps for p, cps in numbered_families(names).items() if p != unified_prefix}
    first, initials, medials, finals = hangul_jamo(names)
    computed = set(unified) | {cp for cps in families.values() for cp in cps} \
        | set(range(first, first + len(initials) * len(medials) * len(finals)))
    stored = {n: cp for cp, n in names.items() if cp not in computed}
    stored.update(read_aliases(aliases_path, names))
    assert set("".join(stored)) <= NAME_CHARS and not any(n.endswith(" ") for n in stored)
    entries = sorted(stored.items())
    coded = front_coded(entries)
    lexicon = choose_lexicon(coded)
    blocks_text, block_starts = encode(coded, lexicon)
    word_starts = [0]
    for w in lexicon:
        word_starts.append(word_starts[-1] + len(w))
    assert word_starts[-1] < 65536
    text = "".join(lexicon) + blocks_text
    block_starts = [s + word_starts[-1] for s in block_starts]
    info = dict(
        version=unicodedata.unidata_version,
        max_length=max(map(len, stored)),
        words=len(lexicon), blocks=len(block_starts) - 1, entries=len(entries),
        unified=[(unified_prefix, a, b) for a, b in runs(unified)],
        numbered=[(p, a, b) for p in sorted(families) for a, b in runs(families[p])],
        hangul_first=first, initials=initials, medials=medials, finals=finals)
    return {OUT_H: write_header(info),
            OUT_C: write_source(info, text, word_starts, block_starts)}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--aliases", default=DEFAULT_ALIASES,
                    help="NameAliases.txt of Unicode 14.0.0 or later (Debian: unicode-data)")
    ap.add_argument("--out", default=os.path.join(here, "..", "code", "parser"),
                    help="folder to write %s and %s in" % (OUT_H, OUT_C))
    args = ap.parse_args()
    for name, text in generate(args.aliases).items():
        with open(os.path.join(args.out, name), "w", encoding="ascii", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
