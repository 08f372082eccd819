/* module.h: module objects and import. */
#ifndef MINIPY_MODULE_H
#define MINIPY_MODULE_H

#include "object.h"

typedef struct ModuleObject {
    Object base;
    Object *dict;           /* the module's globals */
    Object *name;           /* str */
#if CHAPTER >= CH_WEAKREF
    Object *weaklist;       /* weak references to it (weakref.h) */
#endif
} ModuleObject;

extern Type module_type;

/* A new module with __name__ set (and __builtins__ for minipy modules). */
Object *module_new(const char *name);
#define MODULE_DICT(op) (((ModuleObject *)(op))->dict)
/* Add built-in functions to a module's dict. */
int module_add_functions(Object *module, const MethodDef *defs);
/* import `name`: sys.modules, then a built-in module (sys, ...), then
 * NAME.py beside the main script; ModuleNotFoundError "No module named 'x'". */
Object *module_import(Object *name);

/* Built-in modules register a constructor here (builtins.c, sysmodule.c,
 * later gc, weakref, ...). */
typedef Object *(*ModuleInitFn)(void);
Object *builtins_module_init(void);
Object *sys_module_init(void);
Object *time_module_init(void);
Object *layout_module_init(void);       /* layout.c: the book's pictures of memory */
#if CHAPTER >= CH_CONTAINERS
Object *objgraph_module_init(void);     /* chapter 4: show_refs */
#endif
#if CHAPTER >= CH_WEAKREF
Object *weakref_module_init(void);      /* chapter 10 */
#endif
#if CHAPTER >= CH_LEAKS
Object *tracemalloc_module_init(void);  /* chapter 12 */
/* Run Python source that is part of the program (a frozen module, as
 * CPython freezes parts of its library) in the module's dict, the file
 * name `filename` in its tracebacks. */
int module_exec_frozen(Object *module, const char *filename, const char *source);
#endif

#endif
