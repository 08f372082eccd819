/* str.c: str objects (CPython's Objects/unicodeobject.c, much reduced).
 *
 * CPython stores a str in the narrowest fixed width that fits its widest
 * character (PEP 393: 1, 2 or 4 bytes per code point). minipy stores UTF-8
 * and counts code points once, at creation; indexing a non-ASCII str walks
 * the bytes. What matters for the book is the same: a str is immutable, its
 * text lives inline after the header (one allocation), '' and the 256
 * one-character latin-1 strings are shared, and from chapter 2 strings can
 * be interned so that equal names are one object.
 */
#include "str.h"
#include "strformat.h"
#include "strmethods.h"

#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "dict.h"
#include "indexiter.h"
#include "error.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "runtime.h"
#include "slice.h"
#include "tuple.h"

/* ---- UTF-8 --------------------------------------------------------------- */

static bool is_continuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

static intptr_t count_code_points(const char *data, size_t size)
{
    intptr_t n = 0;
    for (size_t i = 0; i < size; i++)
        n += !is_continuation((unsigned char)data[i]);
    return n;
}

/* Decode the code point at data (valid UTF-8); *length gets its bytes. */
static uint32_t decode_utf8(const char *data, size_t *length)
{
    const unsigned char *p = (const unsigned char *)data;
    if (p[0] < 0x80) {
        *length = 1;
        return p[0];
    }
    if (p[0] < 0xE0) {
        *length = 2;
        return (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    }
    if (p[0] < 0xF0) {
        *length = 3;
        return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    }
    *length = 4;
    return (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12
           | (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

/* Encode a code point; returns the number of bytes written (1..4). */
size_t str_encode_utf8(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Byte offset of code point `index` (0 <= index <= length). */
static size_t byte_offset(Object *s, intptr_t index)
{
    StrObject *str = (StrObject *)s;
    if (str->length == str->base.size)       /* ASCII: one byte each */
        return (size_t)index;
    size_t offset = 0;
    for (; index > 0; index--) {
        size_t n;
        decode_utf8(str->data + offset, &n);
        offset += n;
    }
    return offset;
}

/* ---- creation ------------------------------------------------------------ */

/* A str of `size` bytes, text uninitialised, NUL-terminated; the caller
 * fills data and then sets length. */
static StrObject *str_alloc(size_t size)
{
    StrObject *s = (StrObject *)object_new(&str_type, sizeof(StrObject) + size + 1);
    s->base.size = (intptr_t)size;
    s->hash = -1;
    s->data[size] = '\0';
    return s;
}

StrObject *str_try_alloc(size_t size)
{
    StrObject *s = (StrObject *)object_try_new(&str_type, sizeof(StrObject) + size + 1);
    if (s == NULL)
        return NULL;
    s->base.size = (intptr_t)size;
    s->hash = -1;
    s->data[size] = '\0';
    return s;
}

static Object *str_new_unshared(const char *text, size_t size, intptr_t length)
{
    StrObject *s = str_alloc(size);
    memcpy(s->data, text, size);
    s->length = length;
    return (Object *)s;
}

/* '' and the one-character strings U+0000..U+00FF are made once and kept
 * in the runtime until exit, as CPython keeps its static empty string and
 * latin-1 singletons (a lot of text is made of one-character strings). */
static Object *shared_string(const char *text, size_t size, intptr_t length)
{
    Object **slot;
    if (size == 0) {
        slot = &runtime.empty_str;
    } else {
        size_t n;
        slot = &runtime.latin1[decode_utf8(text, &n)];
    }
    if (*slot == NULL)
        *slot = str_new_unshared(text, size, length);
    return incref(*slot);
}

Object *str_from_utf8(const char *text, size_t size)
{
    intptr_t length = count_code_points(text, size);
    size_t n = 0;
    if (size == 0 || (length == 1 && decode_utf8(text, &n) < 256))
        return shared_string(text, size, length);
    return str_new_unshared(text, size, length);
}

/* A new string even for one character, as CPython's functions that write
 * their result straight into a new string: str(7) is not the shared '7',
 * "a".upper() not the shared 'A'. Only '' is always the shared one. */
Object *str_from_utf8_fresh(const char *text, size_t size)
{
    if (size == 0)
        return shared_string(text, size, 0);
    return str_new_unshared(text, size, count_code_points(text, size));
}

Object *str_from_cstr(const char *text)
{
    return str_from_utf8(text, strlen(text));
}

bool str_equal_cstr(Object *s, const char *text)
{
    if (STR_DATA(s)[0] != text[0])     /* both NUL-terminated: most differ here */
        return false;
    size_t size = strlen(text);
    return STR_SIZE(s) == size && memcmp(STR_DATA(s), text, size) == 0;
}

/* The test CPython's compiler applies before interning a constant
 * (all_name_chars): only ASCII letters, digits and '_'. Like CPython's,
 * it accepts '' and strings starting with a digit. */
bool str_is_identifier(Object *s)
{
    const char *p = STR_DATA(s);
    for (size_t i = 0; i < STR_SIZE(s); i++) {
        char c = p[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                  || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

/* ---- interning (chapter 2) ----------------------------------------------- */

#if CHAPTER >= CH_INTERNING
/* runtime.interned maps each interned string to itself. As in CPython
 * 3.11, those two references (key and value) are not counted: otherwise
 * an interned string could never die. The count is lowered by two on
 * entry, and str_dealloc takes the string out of the dict when the
 * program's last reference goes. */
Object *str_intern(Object *s)
{
    StrObject *str = (StrObject *)s;
    if (str->interned)
        return incref(s);
    if (runtime.interned == NULL)
        runtime.interned = dict_new();
    Object *existing = dict_get_item(runtime.interned, s);
    if (existing)
        return incref(existing);
    if (error_occurred())
        return NULL;
    if (dict_set_item(runtime.interned, s, s) < 0) {
        /* No room in the table (MemoryError): the string stays as it is,
         * not interned, as in CPython's PyUnicode_InternInPlace. */
        error_clear();
        return incref(s);
    }
    s->refcount -= 2;
    str->interned = true;
    return incref(s);
}
#endif

Object *str_intern_cstr(const char *text)
{
#if CHAPTER >= CH_INTERNING
    Object *s = str_from_cstr(text);
    Object *interned = str_intern(s);
    decref(s);
    return interned;
#else
    return str_from_cstr(text);
#endif
}

/* CPython's unicode_dealloc: an interned string is first taken out of the
 * interned dict. The count is set to 3 so that the dict's two decrefs
 * bring it to 1, not to 0 (which would deallocate it a second time). */
static void str_dealloc(Object *self)
{
#if CHAPTER >= CH_INTERNING
    StrObject *str = (StrObject *)self;
    if (str->interned && runtime.interned) {
        type_cache_forget(self);
        self->refcount = 3;
        if (dict_del_item(runtime.interned, self) < 0)
            error_clear();
        self->refcount = 0;
    }
#endif
#if CHAPTER < CH_THRESHOLDS
    object_free(self);      /* from chapter 6 on, object_dealloc frees */
#endif
}

/* ---- repr ---------------------------------------------------------------- */

/* Python's str.isprintable() is false for control, format, private-use,
 * separator (but ' ') and unassigned characters; repr escapes those. This
 * short list covers the ones a reader may meet (minipy has no Unicode
 * database; unassigned code points are shown as they are). */
static bool is_printable(uint32_t cp)
{
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD)
        return false;
    static const uint32_t ranges[][2] = {
        {0x600, 0x605}, {0x61C, 0x61C}, {0x6DD, 0x6DD}, {0x70F, 0x70F},
        {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200F}, {0x2028, 0x202F},
        {0x205F, 0x206F}, {0x3000, 0x3000}, {0xD800, 0xF8FF}, {0xFEFF, 0xFEFF},
        {0xFFF9, 0xFFFB}, {0xFFFE, 0xFFFF}, {0xE0001, 0xE007F}, {0xF0000, 0x10FFFF},
    };
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++)
        if (cp >= ranges[i][0] && cp <= ranges[i][1])
            return false;
    return true;
}

static void append_escape(StrBuilder *sb, uint32_t cp, char quote)
{
    char buf[16];
    switch (cp) {
    case '\\': sb_append(sb, "\\\\", 2); return;
    case '\n': sb_append(sb, "\\n", 2); return;
    case '\t': sb_append(sb, "\\t", 2); return;
    case '\r': sb_append(sb, "\\r", 2); return;
    default: break;
    }
    if (cp == (uint32_t)quote)
        snprintf(buf, sizeof buf, "\\%c", quote);
    else if (cp < 0x100)
        snprintf(buf, sizeof buf, "\\x%02x", (unsigned)cp);
    else if (cp < 0x10000)
        snprintf(buf, sizeof buf, "\\u%04x", (unsigned)cp);
    else
        snprintf(buf, sizeof buf, "\\U%08x", (unsigned)cp);
    sb_append_cstr(sb, buf);
}

/* Single quotes, unless the text has a ' and no " (then double quotes,
 * and nothing needs escaping for the quote), as CPython's unicode_repr. */
Object *str_repr(Object *s)
{
    const char *data = STR_DATA(s);
    size_t size = STR_SIZE(s);
    bool has_single = memchr(data, '\'', size) != NULL;
    bool has_double = memchr(data, '"', size) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    StrBuilder sb;
    sb_init(&sb);
    sb_append(&sb, &quote, 1);
    for (size_t i = 0; i < size;) {
        size_t n;
        uint32_t cp = decode_utf8(data + i, &n);
        if (cp == (uint32_t)quote || cp == '\\' || !is_printable(cp))
            append_escape(&sb, cp, quote);
        else
            sb_append(&sb, data + i, n);
        i += n;
    }
    sb_append(&sb, &quote, 1);
    return sb_finish(&sb);
}

static Object *str_str(Object *self)
{
    return incref(self);
}

/* ---- hash, compare, len -------------------------------------------------- */

/* FNV-1a, 64 bits. CPython uses SipHash with a random key per process
 * (PYTHONHASHSEED), so its str hashes differ from run to run anyway; as
 * in CPython, hash('') == 0. */
int64_t str_hash_bytes(const char *data, size_t size)
{
    if (size == 0)
        return 0;
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t i = 0; i < size; i++) {
        h ^= (unsigned char)data[i];
        h *= 0x100000001b3u;
    }
    int64_t hash = (int64_t)h;
    return hash == -1 ? -2 : hash;
}

static int64_t str_hash(Object *self)
{
    StrObject *s = (StrObject *)self;
    if (s->hash == -1)      /* computed once: strings are immutable */
        s->hash = str_hash_bytes(s->data, (size_t)s->base.size);
    return s->hash;
}

/* UTF-8 keeps code point order in byte order, so memcmp sorts as
 * CPython compares code points. */
static int str_cmp(Object *a, Object *b)
{
    size_t na = STR_SIZE(a), nb = STR_SIZE(b);
    int cmp = memcmp(STR_DATA(a), STR_DATA(b), na < nb ? na : nb);
    if (cmp != 0)
        return cmp < 0 ? -1 : 1;
    return (na > nb) - (na < nb);
}

static Object *str_compare(Object *a, Object *b, CompareOp op)
{
    if (!is_str(a) || !is_str(b))
        return incref(NotImplemented);
    if (op == CMP_EQ || op == CMP_NE) {
        bool equal = a == b || (STR_SIZE(a) == STR_SIZE(b)
                                && memcmp(STR_DATA(a), STR_DATA(b), STR_SIZE(a)) == 0);
        return bool_from(equal == (op == CMP_EQ));
    }
    int cmp = str_cmp(a, b);
    bool holds = op == CMP_LT ? cmp < 0 : op == CMP_LE ? cmp <= 0 : op == CMP_GT ? cmp > 0 : cmp >= 0;
    return bool_from(holds);
}

static intptr_t str_len(Object *self)
{
    return ((StrObject *)self)->length;
}

/* ---- concatenation, repetition, search ----------------------------------- */

/* a + b; as in CPython, adding '' gives back the other operand itself. */
Object *str_concat(Object *a, Object *b)
{
    if (STR_SIZE(a) == 0)
        return incref(b);
    if (STR_SIZE(b) == 0)
        return incref(a);
    if (STR_SIZE(a) > (size_t)INTPTR_MAX - STR_SIZE(b))
        return error_set_string(&exc_OverflowError, "strings are too large to concat");
    StrObject *s = str_alloc(STR_SIZE(a) + STR_SIZE(b));
    memcpy(s->data, STR_DATA(a), STR_SIZE(a));
    memcpy(s->data + STR_SIZE(a), STR_DATA(b), STR_SIZE(b));
    s->length = ((StrObject *)a)->length + ((StrObject *)b)->length;
    return (Object *)s;
}

/* Can `s` grow in place? Only if the caller's reference is the only one
 * (the interned table holds its strings without counting them). */
static bool str_resizable(Object *s)
{
#if CHAPTER >= CH_INTERNING
    if (((StrObject *)s)->interned)
        return false;
#endif
    return s->refcount == 1;
}

/* left + right for a caller that owns the only reference to `left`
 * (CPython's PyUnicode_Append): `left` grows in place, so a loop of
 * `s += t` takes linear time, not quadratic. Steals `left`. */
Object *str_append(Object *left, Object *right)
{
    size_t old = STR_SIZE(left), add = STR_SIZE(right);
    if (old == 0 || add == 0 || !str_resizable(left)) {
        Object *result = str_concat(left, right);
        decref(left);
        return result;
    }
    if (old > (size_t)INTPTR_MAX - add) {
        decref(left);
        return error_set_string(&exc_OverflowError, "strings are too large to concat");
    }
    StrObject *s = (StrObject *)object_resize(left, sizeof(StrObject) + old + 1,
                                              sizeof(StrObject) + old + add + 1);
    memcpy(s->data + old, STR_DATA(right), add + 1);   /* with the NUL */
    s->base.size = (intptr_t)(old + add);
    s->length += ((StrObject *)right)->length;
    s->hash = -1;
    return (Object *)s;
}

static Object *str_add(Object *a, Object *b)
{
    if (!is_str(a) || !is_str(b))
        return incref(NotImplemented);
    return str_concat(a, b);
}

/* s * n and n * s; s * 1 is s itself, as in CPython. */
static Object *str_mul(Object *a, Object *b)
{
    Object *s = is_str(a) ? a : b;
    Object *count = s == a ? b : a;
    if (!is_str(s) || !is_int(count))
        return incref(NotImplemented);
    int64_t n;
    if (int_to_i64(count, &n) < 0)      /* CPython's index-size check */
        return error_set_string(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    size_t size = STR_SIZE(s);
    if (n <= 0 || size == 0)
        return str_from_utf8("", 0);
    if (n == 1)
        return incref(s);
    if ((uint64_t)n > (uint64_t)INTPTR_MAX / size)
        return error_set_string(&exc_OverflowError, "repeated string is too long");
    StrObject *result = str_try_alloc(size * (size_t)n);
    if (result == NULL)
        return NULL;
    for (int64_t i = 0; i < n; i++)
        memcpy(result->data + (size_t)i * size, STR_DATA(s), size);
    result->length = ((StrObject *)s)->length * (intptr_t)n;
    return (Object *)result;
}

/* Offset of the first `needle` in hay[start..size), or -1. */
static intptr_t find_bytes(const char *hay, size_t size, size_t start, const char *needle,
                           size_t nsize)
{
    for (size_t i = start; i + nsize <= size; i++)
        if (memcmp(hay + i, needle, nsize) == 0)
            return (intptr_t)i;
    return -1;
}

static int str_contains(Object *self, Object *value)
{
    if (!is_str(value)) {
        error_format(&exc_TypeError, "'in <string>' requires string as left operand, not %s",
                     value->type->name);
        return -1;
    }
    return find_bytes(STR_DATA(self), STR_SIZE(self), 0, STR_DATA(value), STR_SIZE(value)) >= 0;
}

static Object *str_getitem(Object *self, Object *key)
{
    if (is_slice(key))
        return str_getslice(self, key);
    if (!is_int(key))
        return error_format(&exc_TypeError, "string indices must be integers, not '%s'",
                            key->type->name);
    intptr_t length = ((StrObject *)self)->length;
    int64_t i = INT_VALUE(key);
    if (i < 0)
        i += length;
    if (i < 0 || i >= length)
        return error_set_string(&exc_IndexError, "string index out of range");
    size_t offset = byte_offset(self, (intptr_t)i), n;
    decode_utf8(STR_DATA(self) + offset, &n);
    return str_from_utf8(STR_DATA(self) + offset, n);
}

/* ---- iteration ----------------------------------------------------------- */

/* A str iterator's index is the byte offset of the next character. */
static intptr_t str_byte_size(Object *str)
{
    return (intptr_t)STR_SIZE(str);
}

static Object *str_next_char(Object *str, intptr_t *offset)
{
    size_t n;
    decode_utf8(STR_DATA(str) + *offset, &n);
    Object *c = str_from_utf8(STR_DATA(str) + *offset, n);
    *offset += (intptr_t)n;
    return c;
}

/* CPython 3.11 has a faster iterator for ASCII strings, with its own type
 * name ("str_ascii_iterator"); minipy mirrors the names only. */
static IndexIterType str_iterator_type =
    INDEX_ITER_TYPE("str_iterator", str_byte_size, str_next_char);
static IndexIterType str_ascii_iterator_type =
    INDEX_ITER_TYPE("str_ascii_iterator", str_byte_size, str_next_char);

static Object *str_iter(Object *self)
{
    bool ascii = ((StrObject *)self)->length == ((StrObject *)self)->base.size;
    return index_iter_new(ascii ? &str_ascii_iterator_type : &str_iterator_type, self);
}

/* ---- methods ------------------------------------------------------------- */

/* Case mapping for ASCII, Latin-1, Greek and Cyrillic letters: enough for
 * the book's examples without a Unicode database. (ÿ, µ and ß, whose
 * uppercase lies elsewhere or is two letters, are left as they are.) */
static uint32_t to_upper(uint32_t cp)
{
    if ((cp >= 'a' && cp <= 'z') || (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7)
        || (cp >= 0x3B1 && cp <= 0x3C9 && cp != 0x3C2) || (cp >= 0x430 && cp <= 0x44F))
        return cp - 0x20;
    if (cp == 0x3C2)
        return 0x3A3;           /* final sigma */
    if (cp >= 0x450 && cp <= 0x45F)
        return cp - 0x50;
    return cp;
}

static uint32_t to_lower(uint32_t cp)
{
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        || (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F))
        return cp + 0x20;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 0x50;
    return cp;
}

static Object *map_case(Object *self, uint32_t (*map)(uint32_t))
{
    StrBuilder sb;
    sb_init(&sb);
    const char *data = STR_DATA(self);
    for (size_t i = 0; i < STR_SIZE(self);) {
        size_t n;
        char buf[4];
        uint32_t cp = decode_utf8(data + i, &n);
        sb_append(&sb, buf, str_encode_utf8(map(cp), buf));
        i += n;
    }
    /* A fresh string even when nothing changed or one character long:
     * CPython builds the result in a new string. */
    return sb_finish_fresh(&sb);
}

static Object *str_upper(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("str.upper", kwnames) < 0 || args_exact("str.upper", nargs, 0) < 0)
        return NULL;
    return map_case(self, to_upper);
}

static Object *str_lower(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("str.lower", kwnames) < 0 || args_exact("str.lower", nargs, 0) < 0)
        return NULL;
    return map_case(self, to_lower);
}

/* Python's slice bounds: negative counts from the end, then clamp. */
static intptr_t clamp_index(int64_t i, intptr_t length)
{
    if (i < 0)
        i += length;
    if (i < 0)
        return 0;
    return i > length ? length : (intptr_t)i;
}

static int starts_with(Object *self, Object *prefix, size_t start, size_t end)
{
    if (!is_str(prefix))
        return -1;
    size_t n = STR_SIZE(prefix);
    return end >= start && end - start >= n && memcmp(STR_DATA(self) + start, STR_DATA(prefix), n) == 0;
}

/* s.startswith(prefix[, start[, end]]), prefix a str or a tuple of str. */
static Object *str_startswith(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("str.startswith", kwnames) < 0)
        return NULL;
    if (nargs < 1 || nargs > 3)
        return error_format(&exc_TypeError, "startswith() takes at %s %d argument%s (%zd given)",
                            nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3,
                            nargs < 1 ? "" : "s", (intptr_t)nargs);
    intptr_t length = ((StrObject *)self)->length;
    int64_t bounds[2] = {0, length};
    for (size_t i = 1; i < nargs; i++)
        if (args[i] != None && int_as_index(args[i], &bounds[i - 1]) < 0)
            return NULL;
    intptr_t start = clamp_index(bounds[0], length), end = clamp_index(bounds[1], length);
    if (start > end)
        return bool_from(0);
    size_t from = byte_offset(self, start), to = byte_offset(self, end);
    Object *prefix = args[0];
    if (is_tuple(prefix)) {
        for (intptr_t i = 0; i < TUPLE_SIZE(prefix); i++) {
            int found = starts_with(self, TUPLE_ITEMS(prefix)[i], from, to);
            if (found != 0)
                return found < 0 ? error_format(&exc_TypeError,
                                                "tuple for startswith must only contain str, not %s",
                                                TUPLE_ITEMS(prefix)[i]->type->name)
                                 : bool_from(1);
        }
        return bool_from(0);
    }
    int found = starts_with(self, prefix, from, to);
    if (found < 0)
        return error_format(&exc_TypeError,
                            "startswith first arg must be str or a tuple of str, not %s",
                            prefix->type->name);
    return bool_from(found);
}

/* The characters str.split() splits on (str.isspace()). */
static bool is_space(uint32_t cp)
{
    return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85
           || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
           || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

static int append_piece(Object *list, const char *data, size_t from, size_t to)
{
    Object *piece = str_from_utf8(data + from, to - from);
    int status = list_append(list, piece);
    decref(piece);
    return status;
}

/* A piece that is the whole of an exact str is that str itself, as in
 * CPython's stringlib split ("No match in str_obj, so just use it as
 * list[0]"): `s.split(",")[0] is s` when s has no comma. */
static int append_whole(Object *list, Object *self)
{
    if (self->type != &str_type)
        return append_piece(list, STR_DATA(self), 0, STR_SIZE(self));
    return list_append(list, self);
}

/* Skip whitespace from *i; returns false at the end of the text. */
static bool skip_space(const char *data, size_t size, size_t *i, bool want_space)
{
    while (*i < size) {
        size_t n;
        if (is_space(decode_utf8(data + *i, &n)) != want_space)
            return true;
        *i += n;
    }
    return false;
}

static Object *split_whitespace(Object *self, int64_t maxsplit)
{
    const char *data = STR_DATA(self);
    size_t size = STR_SIZE(self), i = 0;
    Object *list = list_new(0);
    while (skip_space(data, size, &i, true)) {
        size_t start = i;
        bool rest = maxsplit-- == 0;
        if (rest)
            i = size;       /* the rest, trailing whitespace included */
        else
            skip_space(data, size, &i, false);
        /* CPython keeps the str itself only for a word found by the loop */
        bool whole = !rest && start == 0 && i == size;
        if ((whole ? append_whole(list, self) : append_piece(list, data, start, i)) < 0) {
            decref(list);
            return NULL;
        }
    }
    return list;
}

static Object *split_sep(Object *self, Object *sep, int64_t maxsplit)
{
    const char *data = STR_DATA(self);
    size_t size = STR_SIZE(self), nsep = STR_SIZE(sep), start = 0;
    Object *list = list_new(0);
    intptr_t at;
    while (maxsplit-- != 0 && (at = find_bytes(data, size, start, STR_DATA(sep), nsep)) >= 0) {
        if (append_piece(list, data, start, (size_t)at) < 0)
            goto fail;
        start = (size_t)at + nsep;
    }
    if ((start == 0 ? append_whole(list, self) : append_piece(list, data, start, size)) < 0)
        goto fail;
    return list;
fail:
    decref(list);
    return NULL;
}

/* Positional and keyword arguments of split(sep=None, maxsplit=-1). */
static int split_args(Object **args, size_t nargs, Object *kwnames, Object *out[2])
{
    static const char *const names[2] = {"sep", "maxsplit"};
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > 2)
        return args_range("split", nargs + nkw, 0, 2);
    out[0] = out[1] = NULL;
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        Object *name = TUPLE_ITEMS(kwnames)[k];
        int which = str_equal_cstr(name, "sep") ? 0 : str_equal_cstr(name, "maxsplit") ? 1 : -1;
        if (which < 0 || out[which]) {
            if (which < 0)
                error_format(&exc_TypeError, "%R is an invalid keyword argument for split()", name);
            else
                error_format(&exc_TypeError, "argument for split() given by name ('%s') and position (%d)",
                             names[which], which + 1);
            return -1;
        }
        out[which] = args[nargs + k];
    }
    return 0;
}

static Object *str_split(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    Object *given[2];
    if (split_args(args, nargs, kwnames, given) < 0)
        return NULL;
    Object *sep = given[0] ? given[0] : None;
    int64_t maxsplit = -1;
    if (given[1] && int_as_index(given[1], &maxsplit) < 0)
        return NULL;
    if (sep == None)
        return split_whitespace(self, maxsplit);
    if (!is_str(sep))
        return error_format(&exc_TypeError, "must be str or None, not %s", sep->type->name);
    if (STR_SIZE(sep) == 0)
        return error_set_string(&exc_ValueError, "empty separator");
    return split_sep(self, sep, maxsplit);
}

static const MethodDef str_methods[] = {
    {"upper", str_upper},
    {"lower", str_lower},
    {"startswith", str_startswith},
    {"split", str_split},
    {"format", str_format_method},
    STR_MORE_METHODS(STR_METHOD_ENTRY)
    {NULL, NULL},
};

Type str_type = {
    .base = TYPE_HEAD_INIT,
    .name = "str",
    .basic_size = sizeof(StrObject),
    .item_size = 1,
    .parent = &object_type,
    .flags = TYPE_BASETYPE,
    .construct = str_construct,
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .compare = str_compare,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .add = str_add,
    .mul = str_mul,
    .mod = str_percent,
    .methods = str_methods,
};
