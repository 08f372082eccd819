/* strbuilder.c: building text a piece at a time (CPython's
 * _PyUnicodeWriter) and the printf-like str_format that the runtime's
 * messages are made with (PyUnicode_FromFormatV, with its %R, %S and %T).
 *
 * The builder grows a plain byte buffer through the allocation choke point
 * and makes one str at the end, so a repr of a long list costs one final
 * copy rather than one new str per item.
 */
#include "strbuilder.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "memory.h"
#include "str.h"

/* ---- the builder --------------------------------------------------------- */

void sb_init(StrBuilder *sb)
{
    sb->data = NULL;
    sb->size = sb->capacity = 0;
    sb->failed = false;
}

/* The text's size comes from the program (a repr of a long list, a
 * padded format), so the buffer grows through the fallible door; a
 * refused resize makes the builder fail, and sb_finish raise MemoryError
 * (CPython's _PyUnicodeWriter returns -1 at once; one check at the end
 * keeps every caller as it is). */
bool sb_reserve(StrBuilder *sb, size_t size)
{
    if (sb->failed)
        return false;
    if (size > SIZE_MAX / 4 - sb->size) {
        sb->failed = true;
        return false;
    }
    if (sb->size + size > sb->capacity) {
        size_t capacity = sb->capacity ? sb->capacity * 2 : 32;
        while (capacity < sb->size + size)
            capacity *= 2;
        char *data = mem_try_realloc(sb->data, sb->capacity, capacity);
        if (data == NULL) {
            sb->failed = true;
            return false;
        }
        sb->data = data;
        sb->capacity = capacity;
    }
    return true;
}

void sb_append(StrBuilder *sb, const char *text, size_t size)
{
    if (size == 0 || !sb_reserve(sb, size))
        return;
    memcpy(sb->data + sb->size, text, size);
    sb->size += size;
}

void sb_append_cstr(StrBuilder *sb, const char *text)
{
    sb_append(sb, text, strlen(text));
}

static int sb_append_object(StrBuilder *sb, Object *text)
{
    if (text == NULL)
        return -1;
    sb_append(sb, STR_DATA(text), STR_SIZE(text));
    decref(text);
    return 0;
}

int sb_append_repr(StrBuilder *sb, Object *op)
{
    return sb_append_object(sb, object_repr(op));
}

int sb_append_str(StrBuilder *sb, Object *op)
{
    return sb_append_object(sb, object_str(op));
}

/* A builder whose buffer was refused: MemoryError, the builder freed. */
static Object *sb_fail(StrBuilder *sb)
{
    sb_discard(sb);
    return error_no_memory();
}

Object *sb_finish(StrBuilder *sb)
{
    if (sb->failed)
        return sb_fail(sb);
    Object *s = str_from_utf8(sb->data ? sb->data : "", sb->size);
    sb_discard(sb);
    return s;
}

Object *sb_finish_fresh(StrBuilder *sb)
{
    if (sb->failed)
        return sb_fail(sb);
    Object *s = str_from_utf8_fresh(sb->data ? sb->data : "", sb->size);
    sb_discard(sb);
    return s;
}

void sb_discard(StrBuilder *sb)
{
    mem_free(sb->data, sb->capacity);
    sb_init(sb);
}

/* ---- a container's repr -------------------------------------------------- */

/* The start of a container's repr: true, with sb started by
 * `open`. From chapter 4 the container passes the re-entrancy guard first
 * (repr_enter, CPython's Py_ReprEnter): met again inside its own repr, it
 * is written `open` "..." `close` ("[...]"), and the answer is false with
 * that str, or NULL and an exception, in *result. Before chapter 4 a
 * container holding itself recurses until object_repr's RecursionError. */
bool sb_open_repr(StrBuilder *sb, Object *self, const char *open, const char *close,
                  Object **result)
{
#if CHAPTER >= CH_CONTAINERS
    int active = repr_enter(self);
    if (active != 0) {
        *result = active > 0 ? str_format("%s...%s", open, close) : NULL;
        return false;
    }
#else
    (void)self;
    (void)close;
    (void)result;
#endif
    sb_init(sb);
    sb_append_cstr(sb, open);
    return true;
}

/* The end of it: the guard left, then the repr with `close` appended, or
 * NULL when an item's repr failed (status < 0). */
Object *sb_close_repr(StrBuilder *sb, Object *self, int status, const char *close)
{
#if CHAPTER >= CH_CONTAINERS
    repr_leave(self);
#else
    (void)self;
#endif
    if (status < 0) {
        sb_discard(sb);
        return NULL;
    }
    sb_append_cstr(sb, close);
    return sb_finish(sb);
}

/* ---- formatting (PyUnicode_FromFormatV) ---------------------------------- */

/* One conversion of str_format_v; *fmt points after the '%'. */
static int format_one(StrBuilder *sb, const char **fmt, va_list *ap)
{
    const char *spec = *fmt, *p = spec;
    int precision = -1;
    if (*p == '.') {
        precision = 0;
        for (p++; *p >= '0' && *p <= '9'; p++)
            precision = precision * 10 + (*p - '0');
    }
    int longs = 0;
    bool size_mod = false;
    for (; *p == 'l'; p++)
        longs++;
    if (*p == 'z') {
        size_mod = true;
        p++;
    }
    char buf[64];
    char conversion = *p;
    *fmt = *p ? p + 1 : p;
    switch (conversion) {
    case '%':
        sb_append(sb, "%", 1);
        return 0;
    case 'c':
        sb_append(sb, buf, str_encode_utf8((uint32_t)va_arg(*ap, int), buf));
        return 0;
    case 'd': case 'i':
        if (size_mod)
            snprintf(buf, sizeof buf, "%td", va_arg(*ap, ptrdiff_t));
        else if (longs >= 2)
            snprintf(buf, sizeof buf, "%lld", va_arg(*ap, long long));
        else if (longs == 1)
            snprintf(buf, sizeof buf, "%ld", va_arg(*ap, long));
        else
            snprintf(buf, sizeof buf, "%d", va_arg(*ap, int));
        break;
    case 'u': case 'x': {
        unsigned long long value = size_mod ? va_arg(*ap, size_t)
                                   : longs >= 2 ? va_arg(*ap, unsigned long long)
                                   : longs == 1 ? va_arg(*ap, unsigned long)
                                                : va_arg(*ap, unsigned);
        snprintf(buf, sizeof buf, conversion == 'u' ? "%llu" : "%llx", value);
        break;
    }
    case 'p':
        snprintf(buf, sizeof buf, "%p", va_arg(*ap, void *));
        break;
    case 's': {
        const char *text = va_arg(*ap, const char *);
        size_t size = strlen(text);
        if (precision >= 0 && (size_t)precision < size)
            size = (size_t)precision;
        sb_append(sb, text, size);
        return 0;
    }
    case 'R':
        return sb_append_repr(sb, va_arg(*ap, Object *));
    case 'S':
        return sb_append_str(sb, va_arg(*ap, Object *));
    case 'T':
        sb_append_cstr(sb, va_arg(*ap, Object *)->type->name);
        return 0;
    default:    /* unknown: copy it as it is */
        sb_append(sb, spec - 1, (size_t)(*fmt - spec) + 1);
        return 0;
    }
    sb_append_cstr(sb, buf);
    return 0;
}

Object *str_format_v(const char *fmt, va_list ap)
{
    StrBuilder sb;
    sb_init(&sb);
    va_list args;
    va_copy(args, ap);
    while (*fmt) {
        const char *percent = strchr(fmt, '%');
        size_t plain = percent ? (size_t)(percent - fmt) : strlen(fmt);
        sb_append(&sb, fmt, plain);
        fmt += plain;
        if (*fmt == '%') {
            fmt++;
            if (format_one(&sb, &fmt, &args) < 0) {
                va_end(args);
                sb_discard(&sb);
                return NULL;
            }
        }
    }
    va_end(args);
    return sb_finish(&sb);
}

Object *str_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Object *s = str_format_v(fmt, ap);
    va_end(ap);
    return s;
}
