/* str.h: str objects: immutable UTF-8 text, len() counts code points. */
#ifndef MINIPY_STR_H
#define MINIPY_STR_H

#include <stdarg.h>
#include <string.h>

#include "object.h"
/* Every user of str.h builds text too: the builder and str_format. */
#include "strbuilder.h"

typedef struct StrObject {
    VarObject base;         /* base.size = number of bytes (not code points) */
    intptr_t length;        /* number of code points */
    int64_t hash;           /* cached, -1 until computed */
#if CHAPTER >= CH_INTERNING
    bool interned;          /* this is the copy in runtime.interned */
#endif
    char data[];            /* UTF-8, NUL-terminated */
} StrObject;

extern Type str_type;

#define STR_DATA(op) (((StrObject *)(op))->data)
#define STR_SIZE(op) ((size_t)((StrObject *)(op))->base.size)

/* Two strs with the same characters (names are usually interned, so the
 * pointer test settles most comparisons). */
static inline bool str_same(Object *a, Object *b)
{
    return a == b || (STR_SIZE(a) == STR_SIZE(b) && memcmp(STR_DATA(a), STR_DATA(b), STR_SIZE(a)) == 0);
}
static inline bool is_str(Object *op) { return op->type == &str_type; }

/* New str from UTF-8 bytes (must be valid UTF-8). '' and one-character
 * latin-1 strings come back shared, as in CPython. */
/* A str of `size` bytes, NUL-terminated, for the caller to fill and to
 * give its length in code points; NULL with MemoryError when the memory
 * is refused (a size the program chose: s * n, sep.join(items)). */
StrObject *str_try_alloc(size_t size);
Object *str_from_utf8(const char *text, size_t size);
Object *str_from_cstr(const char *text);
Object *str_from_utf8_fresh(const char *text, size_t size);  /* shared only if '' */
/* The UTF-8 of code point cp in out (room for 4 bytes): its size. */
size_t str_encode_utf8(uint32_t cp, char *out);
Object *str_concat(Object *a, Object *b);
Object *str_append(Object *left, Object *right);   /* steals left: s += t in place */
bool str_equal_cstr(Object *s, const char *text);
bool str_is_identifier(Object *s);  /* only letters, digits, underscore */

/* repr(s) with CPython's choice of quotes and escapes. */
Object *str_repr(Object *s);

#if CHAPTER >= CH_INTERNING
/* sys.intern: the one shared copy of an equal string (new reference). */
Object *str_intern(Object *s);
#endif
/* The hash a str with these UTF-8 bytes has (dict_get_item_cstr uses it). */
int64_t str_hash_bytes(const char *data, size_t size);
/* A name the runtime looks up on every construction or deallocation
 * ("__init__", "__del__"): a C string whose size and hash are worked out
 * on its first use and kept (CPython keeps such names as static str
 * objects, _Py_ID; minipy keeps no object, so no count changes). */
typedef struct StrId {
    const char *text;
    size_t size;            /* 0 until first used */
    int64_t hash;
} StrId;
#define STR_ID(literal) {literal, 0, 0}

/* Interned-if-possible str from C text, for names and attributes. */
Object *str_intern_cstr(const char *text);


#endif
