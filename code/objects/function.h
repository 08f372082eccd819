/* function.h: functions written in minipy, and built-in functions. */
#ifndef MINIPY_FUNCTION_H
#define MINIPY_FUNCTION_H

#include "ast.h"
#include "object.h"

/* A function made by `def`: its code, the globals it runs in, and the
 * defaults evaluated when `def` ran (CPython's __defaults__). */
typedef struct FunctionObject {
    Object base;
    Code *code;
    Object *globals;        /* dict */
    Object *defaults;       /* tuple or NULL */
    Object *kwdefaults;     /* dict of the keyword-only parameters'
                             * defaults, or NULL (__kwdefaults__) */
    Object *name;           /* str */
    Object *qualname;       /* str: "C.m" for methods */
    Object *closure;        /* tuple of cells, one per code->freevars, or
                             * NULL (CPython's __closure__) */
#if CHAPTER >= CH_WEAKREF
    Object *weaklist;       /* weak references to it (weakref.h) */
#endif
} FunctionObject;

/* A built-in function or a built-in method bound to its receiver
 * (CPython's builtin_function_or_method): `len`, `[].append`. */
typedef struct BuiltinObject {
    Object base;
    const MethodDef *def;
    Object *self;           /* receiver (bound method) or NULL */
#if CHAPTER >= CH_WEAKREF
    Object *weaklist;       /* weak references to it (weakref.h) */
#endif
} BuiltinObject;

extern Type function_type, builtin_type;

static inline bool is_function(Object *op) { return op->type == &function_type; }
static inline bool is_builtin(Object *op) { return op->type == &builtin_type; }

/* A new function for `def`: increfs code, globals and defaults (a tuple or
 * NULL); its name is the code's name. A closure is set afterwards. */
Object *function_new(Code *code, Object *globals, Object *defaults, Object *qualname);

/* A new built-in function object for `def`, bound to `self` (may be NULL). */
Object *builtin_new(const MethodDef *def, Object *self);

#endif
