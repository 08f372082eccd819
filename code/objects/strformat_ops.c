/* strformat_ops.c: str.format (CPython's Objects/stringlib/unicode_format.h)
 * and `format % args` (PyUnicode_Format in Objects/unicodeobject.c), both
 * built on the mini-language of strformat.c. */
#include "strformat.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "dict.h"
#include "error.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

/* ---- str.format ------------------------------------------------------------ */

typedef struct FormatArgs {
    Object **args;          /* positional, borrowed */
    size_t nargs;
    Object **kwvalues;      /* keyword values, borrowed */
    Object *kwnames;        /* tuple of str, or NULL */
    intptr_t auto_index;    /* next {} index; -1 once a number was written */
    bool manual;
} FormatArgs;

static Object *render(const char *text, size_t size, FormatArgs *fa, int depth);

static Object *value_error(const char *message)
{
    return error_set_string(&exc_ValueError, message);
}

/* A field name's digits as an index, or -1 when it is not all digits. */
static intptr_t as_index(const char *text, size_t size)
{
    if (size == 0 || size > 18)
        return -1;
    intptr_t n = 0;
    for (size_t i = 0; i < size; i++) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        n = n * 10 + (text[i] - '0');
    }
    return n;
}

static Object *keyword_value(FormatArgs *fa, const char *name, size_t size)
{
    for (intptr_t i = 0; fa->kwnames && i < TUPLE_SIZE(fa->kwnames); i++) {
        Object *key = TUPLE_ITEMS(fa->kwnames)[i];
        if (STR_SIZE(key) == size && memcmp(STR_DATA(key), name, size) == 0)
            return incref(fa->kwvalues[i]);
    }
    Object *key = str_from_utf8(name, size);
    if (key != NULL) {
        error_key(key);
        decref(key);
    }
    return NULL;
}

/* The object the first part of a field name names: {}, {0} or {name}. */
static Object *first_object(FormatArgs *fa, const char *name, size_t size)
{
    intptr_t index = as_index(name, size);
    if (size == 0) {
        if (fa->manual)
            return value_error("cannot switch from manual field specification to "
                               "automatic field numbering");
        index = fa->auto_index++;
    } else if (index >= 0) {
        if (fa->auto_index > 0)
            return value_error("cannot switch from automatic field numbering to "
                               "manual field specification");
        fa->manual = true;
    } else {
        return keyword_value(fa, name, size);
    }
    if ((size_t)index >= fa->nargs)
        return error_format(&exc_IndexError,
                            "Replacement index %zd out of range for positional args tuple", index);
    return incref(fa->args[index]);
}

/* `.attr` and `[key]` after the first part, applied to *obj in turn. */
static Object *field_object(FormatArgs *fa, const char *name, size_t size)
{
    size_t first = strcspn(name, ".[");
    if (first > size)
        first = size;
    Object *obj = first_object(fa, name, first);
    size_t pos = first;
    while (obj != NULL && pos < size) {
        char kind = name[pos++];
        size_t start = pos, end;
        Object *next = NULL;
        if (kind == '.') {
            while (pos < size && name[pos] != '.' && name[pos] != '[')
                pos++;
            end = pos;
            if (end == start) {
                value_error("Empty attribute in format string");
            } else {
                Object *attr = str_from_utf8(name + start, end - start);
                next = attr ? object_getattr(obj, attr) : NULL;
                xdecref(attr);
            }
        } else if (kind == '[') {
            while (pos < size && name[pos] != ']')
                pos++;
            if (pos == size) {
                value_error("Missing ']' in format string");
            } else {
                end = pos++;
                intptr_t index = as_index(name + start, end - start);
                Object *key = index >= 0 ? int_from_i64(index)
                                         : str_from_utf8(name + start, end - start);
                next = key ? object_getitem(obj, key) : NULL;
                xdecref(key);
                if (next && pos < size && name[pos] != '.' && name[pos] != '[') {
                    value_error("Only '.' or '[' may follow ']' in format field specifier");
                    CLEAR_SLOT(next);
                }
            }
        } else {
            value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
        decref(obj);
        obj = next;
    }
    return obj;
}

/* The conversion and the spec of a field, once cut (parse_field). */
typedef struct Field {
    size_t name_end;
    char conversion;
    size_t spec_start, spec_end;
} Field;

/* Cut the field that starts at text[*pos] (after its '{') as CPython's
 * parse_field does, leaving *pos after its '}'. 0, or -1 with ValueError. */
static int cut_field(const char *text, size_t size, size_t *pos, Field *f)
{
    size_t i = *pos;
    char c = 0;
    while (i < size) {
        c = text[i++];
        if (c == '{') {
            value_error("unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (i < size && text[i] != ']')
                i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
        c = 0;
    }
    f->name_end = i - (c ? 1 : 0);
    f->conversion = 0;
    f->spec_start = f->spec_end = i;
    if (c != '!' && c != ':') {
        if (c != '}') {
            value_error("expected '}' before end of string");
            return -1;
        }
        *pos = i;
        return 0;
    }
    if (c == '!') {
        if (i >= size) {
            value_error("end of string while looking for conversion specifier");
            return -1;
        }
        f->conversion = text[i++];
        if (i < size) {
            c = text[i++];
            if (c == '}') {
                f->spec_start = f->spec_end = i - 1;
                *pos = i;
                return 0;
            }
            if (c != ':') {
                value_error("expected ':' after conversion specifier");
                return -1;
            }
        }
    }
    f->spec_start = i;
    for (int count = 1; i < size; i++) {
        if (text[i] == '{') {
            count++;
        } else if (text[i] == '}' && --count == 0) {
            f->spec_end = i;
            *pos = i + 1;
            return 0;
        }
    }
    value_error("unmatched '{' in format spec");
    return -1;
}

/* One replacement field, from after its '{'. */
static Object *render_field(const char *text, size_t size, size_t *pos, FormatArgs *fa,
                            int depth)
{
    size_t start = *pos;
    Field f;
    if (cut_field(text, size, pos, &f) < 0)
        return NULL;
    char conversion = f.conversion;
    if (conversion && conversion != 'r' && conversion != 's' && conversion != 'a') {
        if ((unsigned char)conversion < 128)
            return error_format(&exc_ValueError, "Unknown conversion specifier %c", conversion);
        return value_error("Unknown conversion specifier");
    }
    Object *value = field_object(fa, text + start, f.name_end - start);
    Object *converted = value == NULL ? NULL
                      : conversion == 'r' ? object_repr(value)
                      : conversion == 's' ? object_str(value)
                      : conversion == 'a' ? object_ascii(value) : incref(value);
    xdecref(value);
    if (converted == NULL)
        return NULL;
    const char *spec_text = text + f.spec_start;
    size_t spec_size = f.spec_end - f.spec_start;
    Object *spec = memchr(spec_text, '{', spec_size) ? render(spec_text, spec_size, fa, depth - 1)
                                                     : str_from_utf8(spec_text, spec_size);
    Object *result = spec ? object_format(converted, spec) : NULL;
    xdecref(spec);
    decref(converted);
    return result;
}

static Object *render(const char *text, size_t size, FormatArgs *fa, int depth)
{
    if (depth <= 0)
        return value_error("Max string recursion exceeded");
    StrBuilder sb;
    sb_init(&sb);
    for (size_t i = 0; i < size;) {
        char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < size && text[i + 1] == c) {
            sb_append(&sb, &c, 1);
            i += 2;
            continue;
        }
        if (c == '}') {
            sb_discard(&sb);
            return value_error("Single '}' encountered in format string");
        }
        if (c != '{') {
            sb_append(&sb, &c, 1);
            i++;
            continue;
        }
        if (i + 1 == size) {
            sb_discard(&sb);
            return value_error("Single '{' encountered in format string");
        }
        i++;
        Object *piece = render_field(text, size, &i, fa, depth);
        if (piece == NULL) {
            sb_discard(&sb);
            return NULL;
        }
        sb_append(&sb, STR_DATA(piece), STR_SIZE(piece));
        decref(piece);
    }
    return sb_finish(&sb);
}

Object *str_format_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    FormatArgs fa = {args, nargs, args + nargs, kwnames, 0, false};
    return render(STR_DATA(self), STR_SIZE(self), &fa, 2);
}

/* ---- format % args ---------------------------------------------------------- */

typedef struct PercentArgs {
    Object *args;           /* the right operand */
    Object *mapping;        /* it, when it is a mapping (a dict), else NULL */
    intptr_t next, count;   /* positional items: a tuple's, or the one object */
} PercentArgs;

static Object *next_arg(PercentArgs *pa)
{
    if (pa->next >= pa->count)
        return error_set_string(&exc_TypeError, "not enough arguments for format string");
    Object *arg = is_tuple(pa->args) ? TUPLE_ITEMS(pa->args)[pa->next] : pa->args;
    pa->next++;
    return incref(arg);
}

/* %c: an int code point or a one-character str. */
static Object *percent_char(Object *arg, FormatSpec *f)
{
    if (is_str(arg)) {
        if (((StrObject *)arg)->length != 1)
            return error_set_string(&exc_TypeError, "%c requires int or char");
        return format_str(arg, f);
    }
    if (!is_int(arg))
        return error_set_string(&exc_TypeError, "%c requires int or char");
    int64_t code;
    if (int_to_i64(arg, &code) < 0)         /* format(n, "c") words it otherwise */
        return error_set_string(&exc_OverflowError, "%c arg not in range(0x110000)");
    f->type = 'c';
    f->sign = 0;
    f->alternate = false;
    return format_int(arg, f, "int");
}

/* An int for %d %x %o, with the precision as a minimum digit count. */
static Object *percent_int(Object *arg, FormatSpec *f, char code)
{
    Object *value;
    if (is_int(arg)) {
        value = incref(arg);
    } else if (is_float(arg) && (code == 'd' || code == 'i')) {
        double d = FLOAT_VALUE(arg);
        if (!isfinite(d))
            return error_set_string(isnan(d) ? &exc_ValueError : &exc_OverflowError,
                                    isnan(d) ? "cannot convert float NaN to integer"
                                             : "cannot convert float infinity to integer");
        value = int_from_double(d);
        if (value == NULL)
            return NULL;
    } else {
        return error_format(&exc_TypeError, "%%%c format: %s is required, not %T", code,
                            code == 'd' || code == 'i' ? "a real number" : "an integer", arg);
    }
    FormatSpec g = *f;
    g.type = code == 'i' ? 'd' : code;
    intptr_t digits = g.precision;
    g.precision = -1;
    if (digits > 0) {       /* '%.3d' % 5 is '005' */
        g.fill[0] = '0';
        g.fill[1] = '\0';
        g.align = '=';
        g.width = digits + (int_is_negative(value) || g.sign ? 1 : 0) + (g.alternate && code != 'd' ? 2 : 0);
        Object *inner = format_int(value, &g, "int");
        decref(value);
        if (inner == NULL || f->width <= 0)
            return inner;
        FormatSpec outer = *f;
        outer.precision = -1;
        outer.type = 0;
        outer.sign = 0;
        outer.alternate = false;
        if (outer.align == '=')
            outer.align = '>';
        Object *padded = format_str(inner, &outer);
        decref(inner);
        return padded;
    }
    Object *text = format_int(value, &g, "int");
    decref(value);
    return text;
}

static Object *percent_float(Object *arg, FormatSpec *f, char code)
{
    double value;
    if (is_float(arg)) {
        value = FLOAT_VALUE(arg);
    } else if (is_int(arg)) {
        if (int_as_double(arg, &value) < 0)
            return NULL;
    } else {
        return error_format(&exc_TypeError, "must be real number, not %T", arg);
    }
    f->type = code;
    if (f->precision < 0)
        f->precision = 6;
    return format_float(value, f);
}

/* One conversion, spec already holding the flags, width and precision. */
static Object *percent_one(Object *arg, FormatSpec *f, char code)
{
    switch (code) {
    case 's': case 'r': case 'a': {
        Object *text = code == 's' ? object_str(arg) : code == 'r' ? object_repr(arg)
                     : object_ascii(arg);
        if (text == NULL)
            return NULL;
        f->sign = 0;
        f->alternate = false;
        if (f->align == '=')
            f->align = '>';
        Object *result = format_str(text, f);
        decref(text);
        return result;
    }
    case 'd': case 'i': case 'x': case 'X': case 'o': return percent_int(arg, f, code);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': return percent_float(arg, f, code);
    case 'c': return percent_char(arg, f);
    default: return NULL;
    }
}

/* `*` as a width or precision takes an int argument. */
static int star_value(PercentArgs *pa, intptr_t *out)
{
    Object *arg = next_arg(pa);
    if (arg == NULL)
        return -1;
    if (!is_int(arg)) {
        decref(arg);
        error_set_string(&exc_TypeError, "* wants int");
        return -1;
    }
    int64_t width;
    int fits = int_as_index(arg, &width);
    decref(arg);
    *out = (intptr_t)width;
    return fits;
}

/* A width or precision written in digits; past the largest intptr_t,
 * CPython's ValueError (unicode_format_arg_parse). Returns -1 or 0. */
static int spec_digits(const char *text, size_t size, size_t *i, intptr_t *out, const char *too_big)
{
    intptr_t n = 0;
    for (; *i < size && text[*i] >= '0' && text[*i] <= '9'; ++*i) {
        int digit = text[*i] - '0';
        if (n > (INTPTR_MAX - digit) / 10) {
            value_error(too_big);
            return -1;
        }
        n = n * 10 + digit;
    }
    *out = n;
    return 0;
}

/* After the '%' at *pos: flags, width, precision, conversion. */
static Object *percent_spec(const char *text, size_t size, size_t *pos, PercentArgs *pa)
{
    Object *mapped = NULL;
    size_t i = *pos;
    if (i < size && text[i] == '(') {
        if (pa->mapping == NULL)
            return error_set_string(&exc_TypeError, "format requires a mapping");
        size_t start = ++i;
        int depth = 1;
        for (; i < size && depth > 0; i++)
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
        if (depth > 0)
            return value_error("incomplete format key");
        Object *key = str_from_utf8(text + start, i - 1 - start);
        mapped = key ? object_getitem(pa->mapping, key) : NULL;
        xdecref(key);
        if (mapped == NULL)
            return NULL;
    }
    FormatSpec f = {{' ', 0, 0, 0, 0}, '>', 0, false, false, -1, 0, -1, 0};
    for (; i < size && strchr("-+ #0", text[i]) != NULL; i++) {
        char flag = text[i];
        if (flag == '-')
            f.align = '<';
        else if (flag == '+' || (flag == ' ' && f.sign != '+'))
            f.sign = flag;
        else if (flag == '#')
            f.alternate = true;
        else if (flag == '0' && f.align != '<')
            f.fill[0] = '0';
    }
    if (f.fill[0] == '0' && f.align == '<')
        f.fill[0] = ' ';
    if (f.fill[0] == '0')
        f.align = '=';
    int status = 0;
    if (i < size && text[i] == '*') {
        i++;
        status = star_value(pa, &f.width);
        if (f.width < 0) {
            f.width = -f.width;
            f.align = '<';
            f.fill[0] = ' ';
        }
    } else {
        status = spec_digits(text, size, &i, &f.width, "width too big");
    }
    if (status == 0 && i < size && text[i] == '.') {
        i++;
        f.precision = 0;
        if (i < size && text[i] == '*') {
            i++;
            status = star_value(pa, &f.precision);
        } else {
            status = spec_digits(text, size, &i, &f.precision, "precision too big");
        }
    }
    if (status < 0) {
        xdecref(mapped);
        return NULL;
    }
    if (i >= size) {
        xdecref(mapped);
        return value_error("incomplete format");
    }
    char code = text[i++];
    *pos = i;
    if (strchr("sradixXoeEfFgGc", code) == NULL) {
        xdecref(mapped);
        if ((unsigned char)code < 128)
            return error_format(&exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                                code, (unsigned)code, (intptr_t)(i - 1));
        return value_error("unsupported format character");
    }
    Object *arg = mapped ? mapped : next_arg(pa);
    if (arg == NULL)
        return NULL;
    Object *result = percent_one(arg, &f, code);
    decref(arg);
    return result;
}

Object *str_percent(Object *format, Object *args)
{
    if (!is_str(format))
        return incref(NotImplemented);
    bool mapping = !is_tuple(args) && !is_str(args) && object_is_instance_of(args, &dict_type);
    PercentArgs pa = {args, mapping ? args : NULL, 0, is_tuple(args) ? TUPLE_SIZE(args) : 1};
    const char *text = STR_DATA(format);
    size_t size = STR_SIZE(format);
    StrBuilder sb;
    sb_init(&sb);
    for (size_t i = 0; i < size;) {
        const char *percent = memchr(text + i, '%', size - i);
        size_t stop = percent ? (size_t)(percent - text) : size;
        sb_append(&sb, text + i, stop - i);
        i = stop;
        if (i == size)
            break;
        i++;
        if (i < size && text[i] == '%') {
            sb_append(&sb, "%", 1);
            i++;
            continue;
        }
        Object *piece = percent_spec(text, size, &i, &pa);
        if (piece == NULL) {
            sb_discard(&sb);
            return NULL;
        }
        sb_append(&sb, STR_DATA(piece), STR_SIZE(piece));
        decref(piece);
    }
    if (pa.next < pa.count && !mapping) {
        sb_discard(&sb);
        return error_set_string(&exc_TypeError, "not all arguments converted during string formatting");
    }
    return sb_finish(&sb);
}
