/* compile_internal.h: what the pieces of the compiler share (compile.c,
 * symtable.c, unit.c, arena.c). Not for the rest of the runtime, which
 * uses parser.h and ast.h. CPython: Include/internal/pycore_compile.h and
 * pycore_symtable.h.
 */
#ifndef MINIPY_COMPILE_INTERNAL_H
#define MINIPY_COMPILE_INTERNAL_H

#include "parser.h"

#include "bool.h"
#include "dict.h"
#include "error.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "memory.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

/* arena.c: frees every block of the unit's arena (when the unit goes). */
void arena_free(Unit *unit);

/* unit.c: a new Code for a module, def or class body of the unit. */
Code *code_new(Unit *unit, Object *name, NodeList *body, bool nested);

/* symtable.c: pass 1, every Code's scope and local names. 0 or -1. */
int scope_pass(Unit *unit);

/* compile.c: raise a SyntaxError at line/col of the unit; returns -1. */
int compile_error(Unit *unit, int line, int col, const char *fmt, ...);

#endif
