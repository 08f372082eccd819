/* strmethods.c: more methods of str (CPython's Objects/unicodeobject.c and
 * Objects/stringlib/): replace, strip, find, index, count, endswith,
 * rsplit, splitlines, the is...() tests, center/ljust/rjust, zfill,
 * capitalize, title, swapcase. Their entries are in str.c's table.
 *
 * A str is UTF-8; methods that take or give indices convert between code
 * points and bytes (ASCII text, where they are the same, skips that).
 */
#include "strmethods.h"

#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "error.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

#define LENGTH(s) (((StrObject *)(s))->length)

static bool is_continuation(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

/* Byte offset of code point `index` (0 <= index <= length). */
static size_t byte_offset(Object *s, intptr_t index)
{
    if ((size_t)LENGTH(s) == STR_SIZE(s))
        return (size_t)index;
    size_t i = 0;
    for (intptr_t seen = 0; i < STR_SIZE(s); i++) {
        if (!is_continuation(STR_DATA(s)[i]) && seen++ == index)
            return i;
    }
    return i;
}

static intptr_t point_index(Object *s, size_t offset)
{
    if ((size_t)LENGTH(s) == STR_SIZE(s))
        return (intptr_t)offset;
    intptr_t n = 0;
    for (size_t i = 0; i < offset; i++)
        n += !is_continuation(STR_DATA(s)[i]);
    return n;
}

static intptr_t find_in(const char *data, size_t from, size_t to, const char *needle, size_t n,
                        bool last)
{
    if (to < from || to - from < n)
        return -1;
    if (last) {
        for (size_t i = to - n + 1; i-- > from;)
            if (memcmp(data + i, needle, n) == 0)
                return (intptr_t)i;
        return -1;
    }
    for (size_t i = from; i + n <= to; i++)
        if (memcmp(data + i, needle, n) == 0)
            return (intptr_t)i;
    return -1;
}

/* Python's slice bounds: negative from the end, then clamped. */
static intptr_t clamp(int64_t i, intptr_t n)
{
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    return i > n ? n : (intptr_t)i;
}

/* (sub[, start[, end]]) of find, index, count, endswith: the byte range. */
static int sub_range(const char *name, Object *self, Object **args, size_t nargs,
                     Object *kwnames, size_t *from, size_t *to)
{
    if (args_no_kw(name, kwnames) < 0)
        return -1;
    if (nargs < 1 || nargs > 3) {
        error_format(&exc_TypeError, nargs < 1 ? "%s() takes at least 1 argument (%zd given)"
                                               : "%s() takes at most 3 arguments (%zd given)",
                     name, (intptr_t)nargs);
        return -1;
    }
    int64_t bounds[2] = {0, INT64_MAX};
    for (size_t k = 1; k < nargs; k++) {
        if (args[k] == None)
            continue;
        if (!is_int(args[k])) {
            error_set_string(&exc_TypeError,
                             "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        bounds[k - 1] = INT_VALUE(args[k]);
    }
    intptr_t n = LENGTH(self);
    intptr_t start = clamp(bounds[0], n), end = clamp(bounds[1], n);
    *from = byte_offset(self, start);
    *to = end < start ? *from : byte_offset(self, end);
    return end < start ? 1 : 0;     /* 1: an empty, inverted range */
}

static Object *find_common(const char *name, Object *self, Object **args, size_t nargs,
                           Object *kwnames, bool last, bool raise)
{
    size_t from, to;
    int inverted = sub_range(name, self, args, nargs, kwnames, &from, &to);
    if (inverted < 0)
        return NULL;
    if (!is_str(args[0]))
        return error_format(&exc_TypeError, "must be str, not %T", args[0]);
    intptr_t at = inverted ? -1 : find_in(STR_DATA(self), from, to, STR_DATA(args[0]),
                                          STR_SIZE(args[0]), last);
    if (at < 0 && raise)
        return error_set_string(&exc_ValueError, "substring not found");
    return int_from_i64(at < 0 ? -1 : point_index(self, (size_t)at));
}

Object *str_method_find(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return find_common("find", self, args, nargs, kwnames, false, false);
}

Object *str_method_rfind(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return find_common("rfind", self, args, nargs, kwnames, true, false);
}

Object *str_method_index(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return find_common("index", self, args, nargs, kwnames, false, true);
}

Object *str_method_rindex(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return find_common("rindex", self, args, nargs, kwnames, true, true);
}

Object *str_method_count(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    size_t from, to;
    int inverted = sub_range("count", self, args, nargs, kwnames, &from, &to);
    if (inverted < 0)
        return NULL;
    if (!is_str(args[0]))
        return error_format(&exc_TypeError, "must be str, not %T", args[0]);
    size_t n = STR_SIZE(args[0]);
    if (inverted)
        return int_from_i64(0);
    if (n == 0)
        return int_from_i64(point_index(self, to) - point_index(self, from) + 1);
    int64_t count = 0;
    intptr_t at;
    while ((at = find_in(STR_DATA(self), from, to, STR_DATA(args[0]), n, false)) >= 0) {
        count++;
        from = (size_t)at + n;
    }
    return int_from_i64(count);
}

Object *str_method_endswith(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    size_t from, to;
    int inverted = sub_range("endswith", self, args, nargs, kwnames, &from, &to);
    if (inverted < 0)
        return NULL;
    Object *suffixes = args[0];
    bool several = is_tuple(suffixes);
    intptr_t count = several ? TUPLE_SIZE(suffixes) : 1;
    for (intptr_t i = 0; i < count; i++) {
        Object *suffix = several ? TUPLE_ITEMS(suffixes)[i] : suffixes;
        if (!is_str(suffix))
            return error_format(&exc_TypeError, several
                                ? "tuple for endswith must only contain str, not %T"
                                : "endswith first arg must be str or a tuple of str, not %T", suffix);
        size_t n = STR_SIZE(suffix);
        if (!inverted && to - from >= n && memcmp(STR_DATA(self) + to - n, STR_DATA(suffix), n) == 0)
            return bool_from(1);
    }
    return bool_from(0);
}

/* ---- replace ------------------------------------------------------------------ */

Object *str_method_replace(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("replace", kwnames) < 0 || args_range("replace", nargs, 2, 3) < 0)
        return NULL;
    for (int k = 0; k < 2; k++)
        if (!is_str(args[k]))
            return error_format(&exc_TypeError, "replace() argument %d must be str, not %T",
                                k + 1, args[k]);
    int64_t count = -1;
    if (nargs == 3 && int_as_index(args[2], &count) < 0)
        return NULL;
    const char *data = STR_DATA(self), *old = STR_DATA(args[0]);
    size_t size = STR_SIZE(self), n = STR_SIZE(args[0]), i = 0;
    StrBuilder sb;
    sb_init(&sb);
    if (n == 0) {           /* 'ab'.replace('', '-') is '-a-b-' */
        while (count != 0 && i <= size) {
            sb_append(&sb, STR_DATA(args[1]), STR_SIZE(args[1]));
            count--;
            if (i == size)
                break;
            size_t step = 1;
            while (i + step < size && is_continuation(data[i + step]))
                step++;
            sb_append(&sb, data + i, step);
            i += step;
        }
        if (i < size)
            sb_append(&sb, data + i, size - i);
        return sb_finish(&sb);
    }
    intptr_t at;
    while (count != 0 && (at = find_in(data, i, size, old, n, false)) >= 0) {
        sb_append(&sb, data + i, (size_t)at - i);
        sb_append(&sb, STR_DATA(args[1]), STR_SIZE(args[1]));
        i = (size_t)at + n;
        count--;
    }
    sb_append(&sb, data + i, size - i);
    return sb_finish(&sb);
}

/* ---- strip -------------------------------------------------------------------- */

/* Is the code point at data[i] (n bytes) one of `chars` (or whitespace)? */
static bool strip_member(const char *data, size_t i, size_t n, Object *chars)
{
    if (chars == NULL)
        return n == 1 && strchr(" \t\n\r\v\f\x1c\x1d\x1e\x1f", data[i]) != NULL && data[i] != '\0';
    const char *set = STR_DATA(chars);
    for (size_t k = 0; k + n <= STR_SIZE(chars); k++)
        if (!is_continuation(set[k]) && memcmp(set + k, data + i, n) == 0)
            return true;
    return false;
}

static size_t char_size_at(const char *data, size_t i, size_t size)
{
    size_t n = 1;
    while (i + n < size && is_continuation(data[i + n]))
        n++;
    return n;
}

static Object *strip(const char *name, Object *self, Object **args, size_t nargs,
                     Object *kwnames, bool left, bool right)
{
    if (args_no_kw(name, kwnames) < 0 || args_range(name, nargs, 0, 1) < 0)
        return NULL;
    Object *chars = nargs == 1 && args[0] != None ? args[0] : NULL;
    if (chars && !is_str(chars))
        return error_format(&exc_TypeError, "%s arg must be None or str", name);
    const char *data = STR_DATA(self);
    size_t start = 0, end = STR_SIZE(self);
    while (left && start < end) {
        size_t n = char_size_at(data, start, end);
        if (!strip_member(data, start, n, chars))
            break;
        start += n;
    }
    while (right && end > start) {
        size_t i = end - 1;
        while (i > start && is_continuation(data[i]))
            i--;
        if (!strip_member(data, i, end - i, chars))
            break;
        end = i;
    }
    if (start == 0 && end == STR_SIZE(self))
        return incref(self);
    return str_from_utf8(data + start, end - start);
}

Object *str_method_strip(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return strip("strip", self, args, nargs, kwnames, true, true);
}

Object *str_method_lstrip(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return strip("lstrip", self, args, nargs, kwnames, true, false);
}

Object *str_method_rstrip(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return strip("rstrip", self, args, nargs, kwnames, false, true);
}

/* ---- rsplit and splitlines ---------------------------------------------------- */

static int add_piece(Object *list, const char *data, size_t from, size_t to)
{
    Object *piece = str_from_utf8(data + from, to - from);
    int status = piece ? list_append(list, piece) : -1;
    xdecref(piece);
    return status;
}

static bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

/* rsplit: the pieces found from the right, then put in order. */
Object *str_method_rsplit(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Object *given[2] = {NULL, NULL};
    if (nargs + args_keyword_count(kwnames) > 2)
        return error_format(&exc_TypeError, "rsplit expected at most 2 arguments, got %zd",
                            (intptr_t)(nargs + args_keyword_count(kwnames)));
    for (size_t i = 0; i < nargs; i++)
        given[i] = args[i];
    if (args_parse_keywords("rsplit", args, nargs, kwnames, names, given) < 0)
        return NULL;
    Object *sep = given[0] && given[0] != None ? given[0] : NULL;
    int64_t maxsplit = -1;
    if (given[1] && int_as_index(given[1], &maxsplit) < 0)
        return NULL;
    if (sep && !is_str(sep))
        return error_format(&exc_TypeError, "must be str or None, not %T", sep);
    if (sep && STR_SIZE(sep) == 0)
        return error_set_string(&exc_ValueError, "empty separator");
    const char *data = STR_DATA(self);
    size_t end = STR_SIZE(self), n = sep ? STR_SIZE(sep) : 0;
    Object *list = list_new(0);
    int status = 0;
    if (sep) {
        intptr_t at;
        while (status == 0 && maxsplit-- != 0
               && (at = find_in(data, 0, end, STR_DATA(sep), n, true)) >= 0) {
            status = add_piece(list, data, (size_t)at + n, end);
            end = (size_t)at;
        }
        if (status == 0)
            status = add_piece(list, data, 0, end);
    } else {
        while (status == 0) {
            while (end > 0 && ascii_space(data[end - 1]))
                end--;
            if (end == 0)
                break;
            size_t start = end;
            if (maxsplit-- == 0)
                start = 0;
            else
                while (start > 0 && !ascii_space(data[start - 1]))
                    start--;
            status = add_piece(list, data, start, end);
            end = start;
        }
    }
    if (status < 0) {
        decref(list);
        return NULL;
    }
    Object **items = LIST_ITEMS(list);
    for (intptr_t i = 0, j = LIST_SIZE(list) - 1; i < j; i++, j--) {
        Object *swap = items[i];
        items[i] = items[j];
        items[j] = swap;
    }
    return list;
}

Object *str_method_splitlines(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    Object *keep_arg = nargs ? args[0] : NULL;
    if (nargs + args_keyword_count(kwnames) > 1)
        return error_format(&exc_TypeError, "splitlines() takes at most 1 argument (%zd given)",
                            (intptr_t)(nargs + args_keyword_count(kwnames)));
    if (args_parse_keywords("splitlines", args, nargs, kwnames, names, &keep_arg) < 0)
        return NULL;
    int keepends = keep_arg ? object_is_true(keep_arg) : 0;
    if (keepends < 0)
        return NULL;
    const char *data = STR_DATA(self);
    size_t size = STR_SIZE(self), start = 0;
    Object *list = list_new(0);
    while (start < size) {
        size_t i = start;
        while (i < size && strchr("\n\r\v\f\x1c\x1d\x1e", data[i]) == NULL)
            i++;
        size_t eol = i < size ? (data[i] == '\r' && i + 1 < size && data[i + 1] == '\n' ? 2 : 1) : 0;
        if (add_piece(list, data, start, keepends ? i + eol : i) < 0) {
            decref(list);
            return NULL;
        }
        start = i + eol;
    }
    return list;
}

/* ---- tests and case ----------------------------------------------------------- */

typedef bool (*CharTest)(unsigned char c);
static bool test_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool test_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool test_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool test_alpha(unsigned char c) { return test_upper(c) || test_lower(c) || c >= 0x80; }
static bool test_alnum(unsigned char c) { return test_alpha(c) || test_digit(c); }
static bool test_space(unsigned char c) { return ascii_space((char)c); }

/* ASCII classes (minipy has no Unicode database: other letters count as
 * alphabetic and nothing else). */
static Object *is_all(const char *name, Object *self, size_t nargs, Object *kwnames, CharTest test)
{
    if (args_no_kw(name, kwnames) < 0 || args_exact(name, nargs, 0) < 0)
        return NULL;
    const unsigned char *p = (const unsigned char *)STR_DATA(self);
    size_t size = STR_SIZE(self);
    for (size_t i = 0; i < size; i++)
        if (!test(p[i]))
            return bool_from(0);
    return bool_from(size > 0);
}

/* isupper()/islower(): one cased character at least, none of the other case. */
static Object *is_case(const char *name, Object *self, size_t nargs, Object *kwnames, bool upper)
{
    if (args_no_kw(name, kwnames) < 0 || args_exact(name, nargs, 0) < 0)
        return NULL;
    bool cased = false;
    for (size_t i = 0; i < STR_SIZE(self); i++) {
        unsigned char c = (unsigned char)STR_DATA(self)[i];
        if (upper ? test_lower(c) : test_upper(c))
            return bool_from(0);
        cased = cased || (upper ? test_upper(c) : test_lower(c));
    }
    return bool_from(cased);
}

#define IS_METHOD(fn, name, test) \
    Object *fn(Object *self, Object **args, size_t nargs, Object *kwnames) \
    { (void)args; return is_all(name, self, nargs, kwnames, test); }
IS_METHOD(str_method_isdigit, "str.isdigit", test_digit)
IS_METHOD(str_method_isdecimal, "str.isdecimal", test_digit)
IS_METHOD(str_method_isnumeric, "str.isnumeric", test_digit)
IS_METHOD(str_method_isalpha, "str.isalpha", test_alpha)
IS_METHOD(str_method_isalnum, "str.isalnum", test_alnum)
IS_METHOD(str_method_isspace, "str.isspace", test_space)

Object *str_method_isupper(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    return is_case("str.isupper", self, nargs, kwnames, true);
}

Object *str_method_islower(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    return is_case("str.islower", self, nargs, kwnames, false);
}

/* capitalize, title, swapcase on ASCII letters. */
static Object *recase(const char *name, Object *self, size_t nargs, Object *kwnames, char how)
{
    if (args_no_kw(name, kwnames) < 0 || args_exact(name, nargs, 0) < 0)
        return NULL;
    StrBuilder sb;
    sb_init(&sb);
    bool word_start = true;
    for (size_t i = 0; i < STR_SIZE(self); i++) {
        unsigned char c = (unsigned char)STR_DATA(self)[i];
        bool upper = test_upper(c), lower = test_lower(c);
        bool make_upper = how == 's' ? lower : how == 't' ? word_start : i == 0;
        if (upper || lower)
            c = make_upper ? (unsigned char)(c & ~0x20) : (unsigned char)(c | 0x20);
        if (how == 's' && upper)
            c = (unsigned char)(c | 0x20);
        word_start = !(upper || lower);
        sb_append(&sb, (const char *)&c, 1);
    }
    return sb_finish(&sb);
}

Object *str_method_capitalize(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    return recase("str.capitalize", self, nargs, kwnames, 'c');
}

Object *str_method_title(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    return recase("str.title", self, nargs, kwnames, 't');
}

Object *str_method_swapcase(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    return recase("str.swapcase", self, nargs, kwnames, 's');
}

/* ---- padding ---------------------------------------------------------------------- */

/* Bytes of `text_size` bytes padded with `count` fills of `fill_size`
 * bytes, saturated: the padding functions ask for the whole result at
 * once, so that a width no memory can hold is a MemoryError at once and
 * not after billions of appends. */
static size_t padded_size(size_t count, size_t fill_size, size_t text_size)
{
    if (count > (SIZE_MAX / 8) / fill_size)
        return SIZE_MAX;
    return count * fill_size + text_size;
}

static Object *justify(const char *name, Object *self, Object **args, size_t nargs,
                       Object *kwnames, char align)
{
    if (args_no_kw(name, kwnames) < 0 || args_range(name, nargs, 1, 2) < 0)
        return NULL;
    int64_t width;
    if (int_as_index(args[0], &width) < 0)
        return NULL;
    const char *fill = " ";
    size_t fill_size = 1;
    if (nargs == 2) {
        if (!is_str(args[1]))
            return error_format(&exc_TypeError,
                                "%s() argument 2 must be a unicode character, not %T", name, args[1]);
        if (LENGTH(args[1]) != 1)
            return error_set_string(&exc_TypeError,
                                    "The fill character must be exactly one character long");
        fill = STR_DATA(args[1]);
        fill_size = STR_SIZE(args[1]);
    }
    intptr_t length = LENGTH(self);
    if (width <= length)
        return incref(self);
    size_t total = (size_t)(width - length);
    /* CPython's center puts the odd space on the left when the width is odd */
    size_t left = align == '<' ? 0 : align == '>' ? total
                : total / 2 + (total & (size_t)width & 1);
    StrBuilder sb;
    sb_init(&sb);
    if (!sb_reserve(&sb, padded_size(total, fill_size, STR_SIZE(self))))
        return sb_finish(&sb);          /* MemoryError at once */
    for (size_t i = 0; i < left; i++)
        sb_append(&sb, fill, fill_size);
    sb_append(&sb, STR_DATA(self), STR_SIZE(self));
    for (size_t i = left; i < total; i++)
        sb_append(&sb, fill, fill_size);
    return sb_finish(&sb);
}

Object *str_method_center(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return justify("center", self, args, nargs, kwnames, '^');
}

Object *str_method_ljust(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return justify("ljust", self, args, nargs, kwnames, '<');
}

Object *str_method_rjust(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return justify("rjust", self, args, nargs, kwnames, '>');
}

Object *str_method_zfill(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("zfill", kwnames) < 0 || args_exact("str.zfill", nargs, 1) < 0)
        return NULL;
    int64_t width;
    if (int_as_index(args[0], &width) < 0)
        return NULL;
    intptr_t length = LENGTH(self);
    if (width <= length)
        return incref(self);
    const char *data = STR_DATA(self);
    size_t sign = STR_SIZE(self) > 0 && (data[0] == '+' || data[0] == '-');
    StrBuilder sb;
    sb_init(&sb);
    if (!sb_reserve(&sb, padded_size((size_t)(width - length), 1, STR_SIZE(self))))
        return sb_finish(&sb);
    sb_append(&sb, data, sign);
    for (int64_t i = 0; i < width - length; i++)
        sb_append(&sb, "0", 1);
    sb_append(&sb, data + sign, STR_SIZE(self) - sign);
    return sb_finish(&sb);
}

/* The n (at least 0, never 1) strs of `items` with `sep` between them,
 * in a new str sized first, as CPython's _PyUnicode_JoinArray: one
 * allocation, which may be refused (MemoryError). */
static Object *join_items(Object *sep, Object **items, intptr_t n)
{
    if (n == 0)
        return str_from_utf8("", 0);
    size_t sep_size = STR_SIZE(sep), size = sep_size * (size_t)(n - 1);
    intptr_t length = ((StrObject *)sep)->length * (n - 1);
    for (intptr_t i = 0; i < n; i++) {
        if (STR_SIZE(items[i]) > (size_t)INTPTR_MAX - size)
            return error_set_string(&exc_OverflowError, "join() result is too long for a Python string");
        size += STR_SIZE(items[i]);
        length += ((StrObject *)items[i])->length;
    }
    StrObject *result = str_try_alloc(size);
    if (result == NULL)
        return NULL;
    char *out = result->data;
    for (intptr_t i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(out, STR_DATA(sep), sep_size);
            out += sep_size;
        }
        memcpy(out, STR_DATA(items[i]), STR_SIZE(items[i]));
        out += STR_SIZE(items[i]);
    }
    result->length = length;
    return (Object *)result;
}

/* sep.join(iterable): every item must be a str. Joining one str gives
 * that str back, as in CPython. */
Object *str_method_join(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("str.join", kwnames) < 0 || args_exact("str.join", nargs, 1) < 0)
        return NULL;
    if (args[0]->type->iter == NULL)
        return error_set_string(&exc_TypeError, "can only join an iterable");
    Object *items = list_from_iterable(args[0]);
    if (items == NULL)
        return NULL;
    intptr_t n = LIST_SIZE(items);
    for (intptr_t i = 0; i < n; i++) {
        Object *item = LIST_ITEMS(items)[i];
        if (!is_str(item)) {
            error_format(&exc_TypeError, "sequence item %zd: expected str instance, %s found",
                         i, item->type->name);
            decref(items);
            return NULL;
        }
    }
    Object *result;
    if (n == 1) {
        result = incref(LIST_ITEMS(items)[0]);
    } else {
        result = join_items(self, LIST_ITEMS(items), n);
    }
    decref(items);
    return result;
}
