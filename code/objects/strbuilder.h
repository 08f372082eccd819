/* strbuilder.h: text built a piece at a time, and printf-like formatting
 * into a new str (strbuilder.c). */
#ifndef MINIPY_STRBUILDER_H
#define MINIPY_STRBUILDER_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "object.h"

/* Text builder used by repr, str.join and the messages. */
typedef struct StrBuilder {
    char *data;
    size_t size, capacity;
    bool failed;            /* a resize was refused: sb_finish raises MemoryError */
} StrBuilder;
void sb_init(StrBuilder *sb);
void sb_append(StrBuilder *sb, const char *text, size_t size);
/* Room for `size` more bytes, asked for at once; false (and the builder
 * failed) when memory refuses it. */
bool sb_reserve(StrBuilder *sb, size_t size);
void sb_append_cstr(StrBuilder *sb, const char *text);
int sb_append_repr(StrBuilder *sb, Object *op);   /* -1 on error */
int sb_append_str(StrBuilder *sb, Object *op);
Object *sb_finish(StrBuilder *sb);                 /* new str, frees the builder */
Object *sb_finish_fresh(StrBuilder *sb);           /* the same, never a shared one-character str */
void sb_discard(StrBuilder *sb);
/* A container's repr between its brackets, guarded against re-entry. */
bool sb_open_repr(StrBuilder *sb, Object *self, const char *open, const char *close,
                  Object **result);
Object *sb_close_repr(StrBuilder *sb, Object *self, int status, const char *close);

Object *str_format(const char *fmt, ...);    /* printf-like, plus error.h's %R %S %T */
Object *str_format_v(const char *fmt, va_list ap);

#endif
