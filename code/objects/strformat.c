/* strformat.c: the format mini-language and format() (CPython's
 * Python/formatter_unicode.c), and the two steps of an f-string. str.format
 * and `%` are in strformat_ops.c. */
#include "strformat.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bool.h"
#include "class.h"
#include "error.h"
#include "float.h"
#include "int.h"
#include "longarith.h"
#include "memory.h"
#include "str.h"

/* ---- parsing a spec ------------------------------------------------------ */

static bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* Bytes of the UTF-8 character starting with `lead`. */
static size_t utf8_length(unsigned char lead)
{
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

static size_t code_points(const char *text, size_t size)
{
    size_t n = 0;
    for (size_t i = 0; i < size; i++)
        n += ((unsigned char)text[i] & 0xC0) != 0x80;
    return n;
}

/* Digits at *pos into *value: 0 none, 1 read, -1 too many. */
static int read_number(const char *spec, size_t size, size_t *pos, intptr_t *value)
{
    size_t start = *pos;
    intptr_t n = 0;
    for (; *pos < size && spec[*pos] >= '0' && spec[*pos] <= '9'; (*pos)++) {
        if (n > (INTPTR_MAX - 9) / 10) {
            error_set_string(&exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        n = n * 10 + (spec[*pos] - '0');
    }
    *value = n;
    return *pos > start;
}

static int grouping_error(char first, char second)
{
    if (first != second) {
        error_set_string(&exc_ValueError, "Cannot specify both ',' and '_'.");
    } else {
        error_format(&exc_ValueError, "Cannot specify '%c' with '%c'.", first, first);
    }
    return -1;
}

/* Which types take which separator (CPython's checks after parsing). */
static int check_grouping(const FormatSpec *f, char default_type)
{
    if (f->grouping == 0)
        return 0;
    const char *allowed = f->grouping == ',' ? "deEfFgG%" : "deEfFgG%boxX";
    char type = f->type ? f->type : default_type;
    if (type == 0 || strchr(allowed, type) != NULL)
        return 0;
    error_format(&exc_ValueError, "Cannot specify '%c' with '%c'.", f->grouping, type);
    return -1;
}

int format_spec_parse(const char *spec, size_t size, const char *type_name,
                      char default_align, FormatSpec *out)
{
    FormatSpec f = {{' ', 0, 0, 0, 0}, 0, 0, false, false, -1, 0, -1, 0};
    size_t pos = 0;
    bool fill_given = false;
    size_t first = size ? utf8_length((unsigned char)spec[0]) : 0;
    if (size > first && is_align(spec[first])) {
        memcpy(f.fill, spec, first);
        f.fill[first] = '\0';
        f.align = spec[first];
        fill_given = true;
        pos = first + 1;
    } else if (size > 0 && is_align(spec[0])) {
        f.align = spec[0];
        pos = 1;
    }
    if (pos < size && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' '))
        f.sign = spec[pos++];
    if (pos < size && spec[pos] == 'z') {
        f.no_neg_zero = true;
        pos++;
    }
    if (pos < size && spec[pos] == '#') {
        f.alternate = true;
        pos++;
    }
    if (!fill_given && pos < size && spec[pos] == '0') {
        f.fill[0] = '0';
        if (f.align == 0 && default_align == '>')
            f.align = '=';
        pos++;
    }
    int got = read_number(spec, size, &pos, &f.width);
    if (got < 0)
        return -1;
    if (got == 0)
        f.width = -1;
    if (pos < size && (spec[pos] == ',' || spec[pos] == '_')) {
        f.grouping = spec[pos++];
        if (pos < size && (spec[pos] == ',' || spec[pos] == '_'))
            return grouping_error(f.grouping, spec[pos]);
    }
    if (pos < size && spec[pos] == '.') {
        pos++;
        got = read_number(spec, size, &pos, &f.precision);
        if (got < 0)
            return -1;
        if (got == 0) {
            error_set_string(&exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (size - pos > 1) {
        error_format(&exc_ValueError, "Invalid format specifier '%s' for object of type '%s'",
                     spec, type_name);
        return -1;
    }
    if (size - pos == 1)
        f.type = spec[pos];
    if (check_grouping(&f, default_align == '<' ? 's' : 0) < 0)   /* str's default is 's' */
        return -1;
    *out = f;
    return 0;
}

/* ---- padding --------------------------------------------------------------- */

/* The padding, its room asked for at once as CPython sizes its result
 * first: a width of 10**13 is one refused request (MemoryError), not ten
 * trillion appends. */
static void append_fill(StrBuilder *sb, const FormatSpec *f, size_t count)
{
    size_t n = strlen(f->fill);
    if (count == 0)
        return;
    if (count > SIZE_MAX / n) {
        sb->failed = true;
        return;
    }
    if (!sb_reserve(sb, n * count))
        return;
    for (size_t i = 0; i < count; i++)
        sb_append(sb, f->fill, n);
}

/* lead (sign and prefix) then body, padded to the width by the alignment. */
static Object *pad(const FormatSpec *f, char default_align, const char *lead, size_t lead_size,
                   const char *body, size_t body_size)
{
    size_t length = code_points(lead, lead_size) + code_points(body, body_size);
    size_t total = f->width > 0 && (size_t)f->width > length ? (size_t)f->width - length : 0;
    char align = f->align ? f->align : default_align;
    size_t before = align == '<' ? 0 : align == '^' ? total / 2 : total;
    StrBuilder sb;
    sb_init(&sb);
    if (align != '=')
        append_fill(&sb, f, before);
    sb_append(&sb, lead, lead_size);
    if (align == '=')
        append_fill(&sb, f, before);
    sb_append(&sb, body, body_size);
    append_fill(&sb, f, total - before);
    return sb_finish(&sb);
}

/* The digits `digits` with a separator every `every` digits; when
 * min_width asks, more leading zeros first (CPython's zero padding of
 * grouped numbers never starts with a separator). */
static void group_digits(StrBuilder *sb, const char *digits, size_t n, char sep, int every,
                         size_t min_width)
{
    size_t zeros = 0;
    while (sep && (n + zeros) + (n + zeros - 1) / (size_t)every < min_width)
        zeros++;
    size_t total = n + zeros;
    for (size_t i = 0; i < total; i++) {
        if (sep && i > 0 && (total - i) % (size_t)every == 0)
            sb_append(sb, &sep, 1);
        sb_append(sb, i < zeros ? "0" : &digits[i - zeros], 1);
    }
}

/* sign, prefix and the number's text, with grouping of its integer part. */
static Object *finish_number(const FormatSpec *f, bool negative, const char *prefix,
                             const char *number, int every, bool is_float)
{
    char lead[8];
    size_t lead_size = 0;
    if (negative)
        lead[lead_size++] = '-';
    else if (f->sign == '+' || f->sign == ' ')
        lead[lead_size++] = f->sign;
    memcpy(lead + lead_size, prefix, strlen(prefix));
    lead_size += strlen(prefix);
    size_t int_digits = strspn(number, is_float ? "0123456789" : "0123456789abcdefABCDEF");
    bool zero_pad = f->fill[0] == '0' && f->fill[1] == '\0' && f->align == '=';
    size_t rest = strlen(number) - int_digits;
    size_t min_width = zero_pad && f->width > 0 && (size_t)f->width > lead_size + rest
                       ? (size_t)f->width - lead_size - rest : 0;
    StrBuilder body;
    sb_init(&body);
    if (f->grouping && int_digits > 0)
        group_digits(&body, number, int_digits, f->grouping, every, min_width);
    else
        sb_append(&body, number, int_digits);
    sb_append(&body, number + int_digits, rest);
    if (body.failed) {                  /* a width the memory refused */
        sb_discard(&body);
        return error_no_memory();
    }
    Object *result = pad(f, '>', lead, lead_size, body.data ? body.data : "", body.size);
    sb_discard(&body);
    return result;
}

/* ---- int ------------------------------------------------------------------ */

static Object *unknown_code(char type, const char *type_name)
{
    if ((unsigned char)type > 32 && (unsigned char)type < 128)
        return error_format(&exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                            type, type_name);
    return error_format(&exc_ValueError,
                        "Unknown format code '\\x%x' for object of type '%s'",
                        (unsigned)(unsigned char)type, type_name);
}

static Object *format_char(int64_t value, const FormatSpec *f)
{
    if (f->sign)
        return error_set_string(&exc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f->alternate)
        return error_set_string(&exc_ValueError,
                                "Alternate form (#) not allowed with integer format specifier 'c'");
    if (value < 0 || value > 0x10FFFF)
        return error_set_string(&exc_OverflowError, "%c arg not in range(0x110000)");
    char text[8];
    unsigned cp = (unsigned)value;
    size_t n;
    if (cp < 0x80) {
        text[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        text[0] = (char)(0xC0 | (cp >> 6));
        text[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        text[0] = (char)(0xE0 | (cp >> 12));
        text[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        text[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        text[0] = (char)(0xF0 | (cp >> 18));
        text[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        text[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        text[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return pad(f, '>', "", 0, text, n);
}

/* The magnitude's digits in base 2, 8 or 16, read straight from the
 * 30-bit digits (any size); the caller frees the text. */
static char *power_of_two_digits(Object *value, unsigned shift, const char *symbols,
                                 size_t *allocated)
{
    const IntObject *i = (const IntObject *)value;
    size_t n = (size_t)(i->base.size < 0 ? -i->base.size : i->base.size);
    size_t bits = n * DIGIT_BITS, count = bits / shift + 1;
    *allocated = count + 1;
    char *text = mem_alloc(count + 1), *p = text + count;
    *p = '\0';
    unsigned mask = (1u << shift) - 1;
    for (size_t bit = 0; bit < bits; bit += shift) {
        size_t d = bit / DIGIT_BITS, at = bit % DIGIT_BITS;
        twodigits window = i->digits[d] >> at;
        if (d + 1 < n && at + shift > DIGIT_BITS)
            window |= (twodigits)i->digits[d + 1] << (DIGIT_BITS - at);
        *--p = symbols[window & mask];
    }
    if (*p == '\0')
        *--p = '0';                     /* zero has no digits to read */
    while (p[0] == '0' && p[1] != '\0')
        p++;
    memmove(text, p, strlen(p) + 1);
    return text;
}

/* The magnitude's decimal digits (repr applies 3.11's 4300-digit limit). */
static char *decimal_digits(Object *value, size_t *allocated)
{
    Object *magnitude = int_abs(value);
    Object *repr = magnitude ? object_repr(magnitude) : NULL;
    xdecref(magnitude);
    if (repr == NULL)
        return NULL;
    *allocated = STR_SIZE(repr) + 1;
    char *text = mem_alloc(STR_SIZE(repr) + 1);
    memcpy(text, STR_DATA(repr), STR_SIZE(repr) + 1);
    decref(repr);
    return text;
}

Object *format_int(Object *value, const FormatSpec *f, const char *type_name)
{
    char type = f->type ? f->type : 'd';
    if (strchr("eEfFgG%", type) != NULL) {
        double d;
        return int_as_double(value, &d) < 0 ? NULL : format_float(d, f);
    }
    if (strchr("dnbcoxX", type) == NULL)
        return unknown_code(type, type_name);
    if (f->precision >= 0)
        return error_set_string(&exc_ValueError, "Precision not allowed in integer format specifier");
    if (f->no_neg_zero)
        return error_set_string(&exc_ValueError,
                                "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        int64_t code;
        if (int_to_i64(value, &code) < 0)
            return error_set_string(&exc_OverflowError, "Python int too large to convert to C long");
        return format_char(code, f);
    }
    const char *symbols = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    bool decimal = type == 'd' || type == 'n';
    unsigned shift = type == 'b' ? 1 : type == 'o' ? 3 : 4;
    size_t allocated;
    char *digits = decimal ? decimal_digits(value, &allocated)
                           : power_of_two_digits(value, shift, symbols, &allocated);
    if (digits == NULL)
        return NULL;
    const char *prefix = "";
    if (f->alternate && !decimal)
        prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
    bool negative = int_is_negative(value);
    Object *result = finish_number(f, negative, prefix, digits, decimal ? 3 : 4, false);
    mem_free(digits, allocated);
    return result;
}

/* ---- float ------------------------------------------------------------------ */

/* Drop the sign of a result that shows only zeros ('z'). */
static bool all_zero(const char *text)
{
    for (; *text && *text != 'e' && *text != 'E'; text++)
        if (*text >= '1' && *text <= '9')
            return false;
    return true;
}

Object *format_float(double value, const FormatSpec *f)
{
    char type = f->type;
    if (type != 0 && strchr("eEfFgGn%", type) == NULL)
        return unknown_code(type, "float");
    if (f->alternate && type == 0 && f->precision < 0) {
        /* '#' with repr-style output keeps the point: same as repr here */
    }
    intptr_t precision = f->precision;
    double magnitude = fabs(value);
    bool negative = signbit(value) && !isnan(value);
    char text[400];
    const char *suffix = "";
    if (type == 0 && precision < 0) {
        float_format(magnitude, text, sizeof text);
    } else {
        char conv = type == 0 || type == 'n' ? 'g' : type == '%' ? 'f' : type;
        if (precision < 0)
            precision = 6;
        if (precision > 300)
            return error_set_string(&exc_ValueError, "precision too big");
        if (type == '%') {
            magnitude *= 100;
            suffix = "%";
        }
        if (type == 0 && precision == 0)
            precision = 1;
        char fmt[8];
        snprintf(fmt, sizeof fmt, "%%%s.*%c", f->alternate ? "#" : "", conv);
        snprintf(text, sizeof text - 2, fmt, (int)precision, magnitude);
        /* no type with a precision: like 'g', but a whole number keeps ".0" */
        if (type == 0 && isfinite(magnitude) && strpbrk(text, ".e") == NULL)
            strcat(text, ".0");
    }
    strcat(text, suffix);
    if (negative && f->no_neg_zero && all_zero(text))
        negative = false;
    return finish_number(f, negative, "", text, 3, true);
}

/* ---- str ---------------------------------------------------------------------- */

Object *format_str(Object *s, const FormatSpec *f)
{
    if (f->type != 0 && f->type != 's')
        return unknown_code(f->type, "str");
    if (f->sign)
        return error_set_string(&exc_ValueError, "Sign not allowed in string format specifier");
    if (f->no_neg_zero)
        return error_set_string(&exc_ValueError,
                                "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alternate)
        return error_set_string(&exc_ValueError,
                                "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return error_set_string(&exc_ValueError,
                                "'=' alignment not allowed in string format specifier");
    size_t size = STR_SIZE(s);
    if (f->precision >= 0) {
        size_t kept = 0, i = 0;
        for (; i < size; i++) {
            if (((unsigned char)STR_DATA(s)[i] & 0xC0) != 0x80 && kept++ == (size_t)f->precision)
                break;
        }
        size = i;
    }
    if (size == STR_SIZE(s) && (f->width < 0 || (size_t)f->width <= code_points(STR_DATA(s), size))
        && is_str(s))
        return incref(s);
    return pad(f, '<', "", 0, STR_DATA(s), size);
}

/* ---- format() ------------------------------------------------------------------ */

/* A class's own __format__, if it defines one. */
static Object *user_format(Object *value, Object *spec)
{
    Object *method = type_lookup_cstr(value->type, "__format__");
    if (method == NULL)
        return NULL;
    Object *args[2] = {value, spec};
    incref(method);
    Object *result = object_call(method, args, 2, NULL);
    decref(method);
    if (result != NULL && !is_str(result)) {
        error_format(&exc_TypeError, "__format__ must return a str, not %T", result);
        CLEAR_SLOT(result);
    }
    return result;
}

Object *object_format(Object *value, Object *spec)
{
    if (!is_str(spec))
        return error_format(&exc_TypeError, "format() argument 2 must be str, not %T", spec);
    if ((value->type->flags & TYPE_HEAP) && type_lookup_cstr(value->type, "__format__"))
        return user_format(value, spec);
    const char *text = STR_DATA(spec);
    size_t size = STR_SIZE(spec);
    FormatSpec f;
    if (is_str(value) || object_is_instance_of(value, &str_type)) {
        if (size == 0)
            return object_str(value);
        if (format_spec_parse(text, size, "str", '<', &f) < 0)
            return NULL;
        return format_str(value, &f);
    }
    bool number = is_int(value) || is_float(value);
    if (size == 0 || !number) {
        if (size != 0)
            return error_format(&exc_TypeError, "unsupported format string passed to %T.__format__",
                                value);
        return object_str(value);
    }
    if (format_spec_parse(text, size, value->type->name, '>', &f) < 0)
        return NULL;
    if (is_float(value))
        return format_float(FLOAT_VALUE(value), &f);
    return format_int(value, &f, value->type->name);
}

/* ---- ascii() --------------------------------------------------------------- */

Object *object_ascii(Object *op)
{
    Object *repr = object_repr(op);
    if (repr == NULL)
        return NULL;
    StrBuilder sb;
    sb_init(&sb);
    const unsigned char *p = (const unsigned char *)STR_DATA(repr);
    const unsigned char *end = p + STR_SIZE(repr);
    while (p < end) {
        size_t n = utf8_length(*p);
        if (n == 1) {
            sb_append(&sb, (const char *)p++, 1);
            continue;
        }
        unsigned cp = *p & (0x7F >> n);
        for (size_t i = 1; i < n; i++)
            cp = (cp << 6) | (p[i] & 0x3F);
        char escape[12];
        snprintf(escape, sizeof escape, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
        sb_append_cstr(&sb, escape);
        p += n;
    }
    decref(repr);
    return sb_finish(&sb);
}

/* ---- the f-string steps --------------------------------------------------------- */

/* FORMAT_VALUE: the conversion, then format(value, spec); a str with
 * neither comes back as it is. */
static Object *format_value(Object **args, size_t nargs, int conversion)
{
    Object *value = args[0];
    Object *converted = conversion == 's' ? object_str(value)
                      : conversion == 'r' ? object_repr(value)
                      : conversion == 'a' ? object_ascii(value) : incref(value);
    if (converted == NULL)
        return NULL;
    Object *result;
    if (nargs < 2 && is_str(converted)) {
        result = incref(converted);
    } else {
        Object *empty = nargs < 2 ? str_from_utf8("", 0) : NULL;
        result = object_format(converted, nargs < 2 ? empty : args[1]);
        xdecref(empty);
    }
    decref(converted);
    return result;
}

static Object *format_value_none(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    (void)kwnames;
    return format_value(args, nargs, 0);
}

static Object *format_value_str(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    (void)kwnames;
    return format_value(args, nargs, 's');
}

static Object *format_value_repr(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    (void)kwnames;
    return format_value(args, nargs, 'r');
}

static Object *format_value_ascii(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    (void)kwnames;
    return format_value(args, nargs, 'a');
}

/* BUILD_STRING: one part comes back as it is (CPython's _PyUnicode_JoinArray). */
static Object *build_string(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    (void)kwnames;
    if (nargs == 1)
        return incref(args[0]);
    StrBuilder sb;
    sb_init(&sb);
    for (size_t i = 0; i < nargs; i++)
        sb_append(&sb, STR_DATA(args[i]), STR_SIZE(args[i]));
    return sb_finish(&sb);
}

/* The steps are static objects of their own small type, so that an
 * f-string allocates nothing when it is compiled (its code's constants
 * hold them, as CPython's bytecode holds FORMAT_VALUE and BUILD_STRING). */
typedef struct FstringStep {
    Object base;
    MethodFn fn;
} FstringStep;

static Object *step_call(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    return ((FstringStep *)callable)->fn(NULL, args, nargs, kwnames);
}

static Object *step_repr(Object *self)
{
    (void)self;
    return str_from_cstr("<f-string step>");
}

static int64_t step_hash(Object *self)
{
    return (int64_t)((uintptr_t)self >> 4);
}

Type fstring_step_type = {
    .base = TYPE_HEAD_INIT,
    .name = "fstring_step",
    .basic_size = sizeof(FstringStep),
    .parent = &object_type,
    .repr = step_repr,
    .hash = step_hash,
    .call = step_call,
};

#define STEP(fn) {{IMMORTAL_REFCOUNT, &fstring_step_type}, fn}
static FstringStep steps[5] = {
    STEP(format_value_none), STEP(format_value_str), STEP(format_value_repr),
    STEP(format_value_ascii), STEP(build_string),
};

Object *fstring_step(char conversion)
{
    int which = conversion == 's' ? 1 : conversion == 'r' ? 2 : conversion == 'a' ? 3
              : conversion == 'j' ? 4 : 0;
    return &steps[which].base;
}
