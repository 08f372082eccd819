/* builtins.h: what calling a built-in type does, and the command line's
 * way into sys.argv.
 *
 * builtins_module_init, sys_module_init and time_module_init are declared
 * in module.h. The constructors below belong in each type's `construct`
 * slot (CPython's tp_new + tp_init): int("12") calls int_construct with
 * type = &int_type. Arguments are borrowed; kwnames as for CallFn. A class
 * defined in minipy reaches object_construct (or an exception class's
 * construct) through its parent chain; its own __init__ is run afterwards
 * by the type call, not by these.
 */
#ifndef MINIPY_BUILTINS_H
#define MINIPY_BUILTINS_H

#include "object.h"

Object *int_construct(Type *type, Object **args, size_t nargs, Object *kwnames);
Object *float_construct(Type *type, Object **args, size_t nargs, Object *kwnames);
Object *str_construct(Type *type, Object **args, size_t nargs, Object *kwnames);
Object *bool_construct(Type *type, Object **args, size_t nargs, Object *kwnames);
Object *list_construct(Type *type, Object **args, size_t nargs, Object *kwnames);
Object *tuple_construct(Type *type, Object **args, size_t nargs, Object *kwnames);
Object *dict_construct(Type *type, Object **args, size_t nargs, Object *kwnames);
Object *range_construct(Type *type, Object **args, size_t nargs, Object *kwnames);
/* object() and every class whose parents are all defined in minipy: a
 * zeroed instance of type->basic_size bytes (class.c makes the instance
 * dict on first use). Arguments are refused unless the class defines
 * __init__: "C() takes no arguments". */
Object *object_construct(Type *type, Object **args, size_t nargs, Object *kwnames);

/* Argument checks for built-in functions, beside object.h's args_exact,
 * args_range and args_no_kw, with CPython 3.11's messages; each returns 0,
 * or -1 with TypeError set. `function` is the name CPython prints ("len",
 * "sys.getrefcount"). */
size_t args_keyword_count(Object *kwnames);
/* One positional argument, no keywords (METH_O):
 * "len() takes exactly one argument (2 given)" */
int args_exactly_one(const char *function, size_t nargs, Object *kwnames);
/* Match keyword arguments against `names` (NULL-terminated): values[i]
 * becomes the borrowed value given for names[i] or stays as it was;
 * "'x' is an invalid keyword argument for print()" otherwise. */
int args_parse_keywords(const char *function, Object **args, size_t nargs,
                        Object *kwnames, const char *const *names, Object **values);

/* exit(), quit() and sys.exit(): raise SystemExit with the code given, or
 * with none (CPython's Quitter.__call__ and sys.exit). Returns NULL. */
Object *raise_system_exit(const char *name, Object **args, size_t nargs, Object *kwnames);

/* sys.argv as CPython sets it: argv[0] is the script path, "-c" for
 * `minipy -c CODE`, "" for the REPL; the rest are the script's arguments.
 * main.c calls it after runtime_init. */
void sys_set_argv(int argc, char **argv);

/* sys.getsizeof's answer for `op`, in bytes (see sysmodule.c). */
size_t sys_object_size(Object *op);

#endif
