/* unicode_names.c: a character from its name, as CPython's _getcode finds
 * it (Modules/unicodedata.c) for "\N{...}".
 *
 * Three kinds of names, tried in CPython's order:
 *   - HANGUL SYLLABLE GAG: exactly so, the prefix and the short names of
 *     three jamo (initial, medial, final), which spell the syllable's number;
 *   - CJK UNIFIED IDEOGRAPH-4E00: exactly so, four or five uppercase hex
 *     digits, within the unified ranges;
 *   - every other name, compared without case: the numbered ones
 *     (NUSHU CHARACTER-1B170) computed from their ranges, the rest and the
 *     aliases found in the generated table (unicode_name_table.h says how it
 *     is laid out): a binary search over the heads of its blocks, then a
 *     walk through one block, each name rebuilt from the one before it.
 * Nothing is allocated: a name is rebuilt in a buffer on the stack.
 */
#include "unicode_names.h"

#include <stdio.h>
#include <string.h>

#include "unicode_name_table.h"

/* ---- computed names ------------------------------------------------------ */

static bool has_prefix(const char *name, size_t length, const char *prefix)
{
    size_t n = strlen(prefix);
    return length >= n && memcmp(name, prefix, n) == 0;
}

/* The longest jamo of `column` that `name` starts with (CPython's
 * find_syllable; one jamo is the empty string). Its index, or -1. */
static int jamo(const char (*column)[UNICODE_HANGUL_JAMO_WIDTH], int count,
                const char *name, size_t length, size_t *used)
{
    int found = -1;
    size_t longest = 0;
    for (int i = 0; i < count; i++) {
        size_t n = strlen(column[i]);
        if ((found < 0 || n > longest) && n <= length && memcmp(name, column[i], n) == 0) {
            found = i;
            longest = n;
        }
    }
    *used = longest;
    return found;
}

static bool hangul_syllable(const char *name, size_t length, unsigned *code_point)
{
    size_t used;
    int initial = jamo(unicode_hangul_initials, UNICODE_HANGUL_INITIALS, name, length, &used);
    name += used, length -= used;
    int medial = jamo(unicode_hangul_medials, UNICODE_HANGUL_MEDIALS, name, length, &used);
    name += used, length -= used;
    int final = jamo(unicode_hangul_finals, UNICODE_HANGUL_FINALS, name, length, &used);
    if (initial < 0 || medial < 0 || final < 0 || length != used)
        return false;
    *code_point = UNICODE_HANGUL_FIRST
        + (unsigned)((initial * UNICODE_HANGUL_MEDIALS + medial) * UNICODE_HANGUL_FINALS + final);
    return true;
}

/* Uppercase hex digits; false on anything else or on too many. */
static bool hex_number(const char *digits, size_t count, unsigned *value)
{
    *value = 0;
    if (count == 0 || count > 6)
        return false;
    for (size_t i = 0; i < count; i++) {
        char c = digits[i];
        if (c >= '0' && c <= '9')
            *value = *value * 16 + (unsigned)(c - '0');
        else if (c >= 'A' && c <= 'F')
            *value = *value * 16 + (unsigned)(c - 'A' + 10);
        else
            return false;
    }
    return true;
}

static bool in_unified_ranges(unsigned code_point)
{
    for (int i = 0; i < UNICODE_UNIFIED_RANGES; i++) {
        if (unicode_unified_ranges[i].first <= code_point && code_point <= unicode_unified_ranges[i].last)
            return true;
    }
    return false;
}

static bool unified_ideograph(const char *name, size_t length, unsigned *code_point)
{
    const char *prefix = unicode_unified_ranges[0].prefix;
    size_t n = strlen(prefix);
    return (length - n == 4 || length - n == 5)
        && hex_number(name + n, length - n, code_point)
        && in_unified_ranges(*code_point);
}

/* NUSHU CHARACTER-1B170 and its kin: CPython stores them, so they must be
 * spelled exactly as "%04X" writes the code point (`upper` is uppercase). */
static bool numbered_name(const char *upper, size_t length, unsigned *code_point)
{
    for (int i = 0; i < UNICODE_NUMBERED_RANGES; i++) {
        const UnicodeNameRange *range = &unicode_numbered_ranges[i];
        size_t n = strlen(range->prefix);
        char spelled[8];
        if (has_prefix(upper, length, range->prefix)
            && hex_number(upper + n, length - n, code_point)
            && range->first <= *code_point && *code_point <= range->last
            && snprintf(spelled, sizeof spelled, "%04X", *code_point) == (int)(length - n))
            return true;
    }
    return false;
}

/* ---- stored names -------------------------------------------------------- */

typedef struct StoredName {
    char name[UNICODE_NAME_MAX_LENGTH + 2];     /* + a word's space */
    size_t length;
    unsigned code_point;
} StoredName;

static char text_at(size_t at)
{
    return unicode_name_text[at / UNICODE_NAME_ROW][at % UNICODE_NAME_ROW];
}

/* The rank of c in UNICODE_NAME_DIGITS: the printable characters but '"',
 * '?' and '\\', which a string literal cannot hold as they are. */
static unsigned digit_rank(char c)
{
    return (unsigned)(c - ' ') - (c > '"') - (c > '?') - (c > '\\');
}

static void append(StoredName *entry, char c)
{
    if (entry->length < sizeof entry->name)
        entry->name[entry->length++] = c;
}

static void append_word(StoredName *entry, unsigned word)
{
    if (word >= UNICODE_NAME_WORDS)
        return;
    for (size_t at = unicode_name_word_start[word]; at < unicode_name_word_start[word + 1]; at++)
        append(entry, text_at(at));
    append(entry, ' ');
}

static bool name_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '-';
}

/* Rebuild the entry at `at` over the one before it (or over nothing, at
 * a block's head); returns where the next entry starts. */
static size_t read_entry(StoredName *entry, size_t at, bool head)
{
    size_t shared = digit_rank(text_at(at++));
    entry->length = shared < entry->length ? shared : entry->length;
    for (char c = text_at(at++); c != UNICODE_NAME_END; c = text_at(at++)) {
        if (name_char(c)) {
            append(entry, c);
        } else if (c >= 'a' && c <= 'z') {
            append_word(entry, (unsigned)(c - 'a'));
        } else {
            const char *lead = strchr(UNICODE_NAME_LEADS, c);
            unsigned rank = lead ? (unsigned)(lead - UNICODE_NAME_LEADS) : 0;
            append_word(entry, UNICODE_NAME_ONE_CHAR_WORDS
                               + rank * (unsigned)(sizeof UNICODE_NAME_DIGITS - 1)
                               + digit_rank(text_at(at++)));
        }
    }
    if (entry->length > 0 && entry->name[entry->length - 1] == ' ')
        entry->length--;                /* the last word's space */
    unsigned long zigzag = 0, scale = 1;
    for (unsigned d = digit_rank(text_at(at++)); ; d = digit_rank(text_at(at++))) {
        zigzag += (d % UNICODE_NAME_HALF) * scale;
        if (d < UNICODE_NAME_HALF)
            break;
        scale *= UNICODE_NAME_HALF;
    }
    long delta = zigzag % 2 ? -(long)(zigzag / 2) - 1 : (long)(zigzag / 2);
    entry->code_point = (unsigned)((head ? 0 : (long)entry->code_point) + delta);
    return at;
}

static int compare(const StoredName *entry, const char *name, size_t length)
{
    size_t n = entry->length < length ? entry->length : length;
    int order = memcmp(entry->name, name, n);
    if (order != 0)
        return order;
    return entry->length < length ? -1 : entry->length > length;
}

static bool stored_name(const char *upper, size_t length, unsigned *code_point)
{
    StoredName entry = {.length = 0};
    size_t low = 0, high = UNICODE_NAME_BLOCKS;     /* the last head <= name is in [low, high) */
    while (high - low > 1) {
        size_t middle = low + (high - low) / 2;
        read_entry(&entry, unicode_name_block_start[middle], true);
        if (compare(&entry, upper, length) <= 0)
            low = middle;
        else
            high = middle;
    }
    size_t at = unicode_name_block_start[low], end = unicode_name_block_start[low + 1];
    for (bool head = true; at < end; head = false) {
        at = read_entry(&entry, at, head);
        int order = compare(&entry, upper, length);
        if (order == 0) {
            *code_point = entry.code_point;
            return true;
        }
        if (order > 0)
            break;
    }
    return false;
}

bool unicode_name_lookup(const char *name, size_t length, unsigned *code_point)
{
    if (has_prefix(name, length, "HANGUL SYLLABLE "))
        return hangul_syllable(name + 16, length - 16, code_point);
    if (has_prefix(name, length, unicode_unified_ranges[0].prefix))
        return unified_ideograph(name, length, code_point);
    char upper[UNICODE_NAME_MAX_LENGTH];
    if (length > sizeof upper)
        return false;
    for (size_t i = 0; i < length; i++)
        upper[i] = (name[i] >= 'a' && name[i] <= 'z') ? (char)(name[i] - 'a' + 'A') : name[i];
    return numbered_name(upper, length, code_point) || stored_name(upper, length, code_point);
}
