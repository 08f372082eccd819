/* sysmodule.c: the sys module, the runtime's window onto itself.
 *
 * Modelled on CPython's Python/sysmodule.c. The functions the book leans
 * on are getrefcount (chapter 3), intern (chapter 2) and getsizeof.
 */
#include <stdint.h>
#include <stdio.h>

#include "bool.h"
#include "builtins.h"
#include "dict.h"
#include "error.h"
#if CHAPTER >= CH_CYCLES
#include "eval.h"
#endif
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "runtime.h"
#include "set.h"
#include "str.h"
#include "streams.h"
#include "tuple.h"

/* ---- getsizeof --------------------------------------------------------- */

/* The few objects that are not in the private heap: the singletons of
 * bool.c and the built-in type objects, all static as in CPython. */
static bool is_static_object(Object *op)
{
    if (op == None || op == True || op == False || op == NotImplemented)
        return true;
    return object_is_instance_of(op, &type_type) && !(((Type *)op)->flags & TYPE_HEAP);
}

/* The object's own struct: what object_new allocated for it (recorded in
 * its HeapLink), or for a static object what its type says an instance
 * takes. */
static size_t struct_size(Object *op)
{
#if CHAPTER >= CH_POOLS
    if (!is_static_object(op))
        return object_size(op);
#else
    if (!is_static_object(op))
        return heap_object_size(HEAP_LINK(op));
#endif
    size_t size = op->type->basic_size;
    if (op->type->item_size)
        size += op->type->item_size * (size_t)((VarObject *)op)->size;
    return size;
}

/* Buffers the object owns outside its struct. */
static size_t owned_buffers_size(Object *op)
{
    if (object_is_instance_of(op, &list_type)) {
        ListObject *list = (ListObject *)op;
        return list->items ? (size_t)list->capacity * sizeof(Object *) : 0;
    }
    if (is_anyset(op))
        return set_table_bytes(op);
    if (object_is_instance_of(op, &dict_type))
        return dict_table_bytes(op);
    return 0;
}

/* What sys.getsizeof reports: minipy's real footprint of the object, its
 * struct plus the buffers it owns (a list's item array, a dict's index and
 * entry tables), not counting the objects it refers to.
 *
 * How this relates to CPython's numbers: CPython's getsizeof is the
 * type's __sizeof__ plus the GC header (16 bytes on 64-bit builds since
 * 3.8) for objects the collector tracks, so [] is 40 + 16 = 56 there. minipy
 * counts the struct and buffers in the same way but leaves out its own
 * per-object header, the HeapLink (24 bytes; chapters 1-10) that every object carries,
 * not only containers; and its structs differ (64-bit ints, UTF-8 strs),
 * so sizes differ from CPython's (the appendix lists them). */
size_t sys_object_size(Object *op)
{
    size_t size = struct_size(op) + owned_buffers_size(op);
#if CHAPTER >= CH_THRESHOLDS
    /* From chapter 6 on, minipy has CPython's 16-byte GC header too, and
     * counts it the same way. */
    if (object_is_gc(op))
        size += sizeof(GCHead);
#endif
    return size;
}

static Object *sys_getsizeof(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"object", "default", NULL};
    Object *values[2] = {NULL, NULL};
    (void)self;
    if (nargs + args_keyword_count(kwnames) > 2)
        return error_format(&exc_TypeError, "getsizeof() takes at most 2 arguments (%zd given)",
                            (intptr_t)(nargs + args_keyword_count(kwnames)));
    for (size_t i = 0; i < nargs; i++)
        values[i] = args[i];
    if (args_parse_keywords("getsizeof", args, nargs, kwnames, names, values) < 0)
        return NULL;
    if (values[0] == NULL)
        return error_set_string(&exc_TypeError,
                                "getsizeof() missing required argument 'object' (pos 1)");
    return int_from_i64((int64_t)sys_object_size(values[0]));
}

/* ---- getrefcount and intern -------------------------------------------- */

#if CHAPTER >= CH_REFCOUNT
/* The count as it stands during the call: the caller's reference to the
 * argument is included, which is why CPython's documentation says the
 * result is "generally one higher than you might expect". */
static Object *sys_getrefcount(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("sys.getrefcount", nargs, kwnames) < 0)
        return NULL;
    return int_from_i64((int64_t)args[0]->refcount);
}
#endif

#if CHAPTER >= CH_INTERNING
static Object *sys_intern(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("sys.intern", nargs, kwnames) < 0)
        return NULL;
    if (!object_is_type(args[0], &str_type))
        return error_format(&exc_TypeError, "intern() argument must be str, not %T", args[0]);
    return str_intern(args[0]);
}
#endif

/* ---- _getframe ------------------------------------------------------- */

#if CHAPTER >= CH_CYCLES
/* sys._getframe([depth]): the running code's frame as an object, made
 * now if it has none yet (chapter 8), or its caller's `depth` calls up. */
static Object *sys_getframe(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    int64_t depth = 0;
    if (args_no_kw("sys._getframe", kwnames) < 0 || args_range("_getframe", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 1 && int_as_index(args[0], &depth) < 0)
        return NULL;
    return eval_frame_object(depth);
}
#endif

/* ---- displayhook ------------------------------------------------------- */

/* The REPL's echo, as CPython's sys.displayhook: nothing for None;
 * otherwise builtins._ is cleared first (so the old value can go), the repr
 * is printed, and builtins._ then holds the value: one more reference
 * that sys.getrefcount shows in the REPL. */
static Object *sys_displayhook(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("sys.displayhook", nargs, kwnames) < 0)
        return NULL;
    Object *value = args[0];
    if (value == None)
        return none_new();
    if (runtime.builtins && dict_set_item_cstr(runtime.builtins, "_", None) < 0)
        return NULL;
    Object *text = object_repr(value);
    if (text == NULL)
        return NULL;
    fwrite(STR_DATA(text), 1, STR_SIZE(text), stdout);
    fputc('\n', stdout);
    decref(text);
    if (streams_check_stdout() < 0)
        return NULL;
    if (runtime.builtins && dict_set_item_cstr(runtime.builtins, "_", value) < 0)
        return NULL;
    return none_new();
}

static Object *sys_exit(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    return raise_system_exit("exit", args, nargs, kwnames);
}

/* ---- the allocator ------------------------------------------------------ */

#if CHAPTER >= CH_POOLS
/* sys.getallocatedblocks(): blocks handed out and not given back, those
 * of the pools and the large ones from malloc, as in CPython 3.11. Under
 * MINIPY_MALLOC=malloc nothing is counted: 0, as with PYTHONMALLOC=malloc. */
static Object *sys_getallocatedblocks(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    (void)args;
    if (args_no_kw("sys.getallocatedblocks", kwnames) < 0
            || args_exact("sys.getallocatedblocks", nargs, 0) < 0)
        return NULL;
    return int_from_i64((int64_t)(ob_allocated_blocks(&runtime.pools)
                                  + runtime.pools.raw_allocated_blocks));
}

/* sys._debugmallocstats(): the pools' report on stderr, then the free
 * lists, in the shape of CPython's (which has many more free lists). */
static Object *sys_debugmallocstats(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    (void)args;
    if (args_no_kw("sys._debugmallocstats", kwnames) < 0
            || args_exact("sys._debugmallocstats", nargs, 0) < 0)
        return NULL;
    fflush(stdout);
    if (runtime.mem_mode == MEM_MODE_POOLS) {
        ob_print_stats(&runtime.pools, stderr);
        fputc('\n', stderr);
    }
    FreeLists *fl = &runtime.free_lists;
    fprintf(stderr, "%9d free PyDictObjects\n", fl->dict_count);
    fprintf(stderr, "%9d free PyListObjects\n", fl->list_count);
    for (int size = 1; size <= TUPLE_FREE_SIZES; size++)
        fprintf(stderr, "%9d free %d-sized PyTupleObjects\n", fl->tuple_count[size], size);
    fflush(stderr);
    return none_new();
}
#endif

/* ---- the recursion limit ---------------------------------------------- */

static Object *sys_getrecursionlimit(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    (void)args;
    if (args_exact("sys.getrecursionlimit", nargs + args_keyword_count(kwnames), 0) < 0)
        return NULL;
    return int_from_i64(runtime.recursion_limit);
}

/* CPython's checks: a C int, at least 1, above the depth of this call
 * (the C stack guard still stops a limit set too high). */
static Object *sys_setrecursionlimit(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    int64_t limit;
    if (args_exactly_one("sys.setrecursionlimit", nargs, kwnames) < 0
        || int_as_index(args[0], &limit) < 0)
        return NULL;
    if (limit > INT32_MAX)
        return error_format(&exc_OverflowError, "Python int too large to convert to C int");
    if (limit < 1)
        return error_format(&exc_ValueError, "recursion limit must be greater or equal than 1");
    int depth = runtime.recursion_depth + 1;
    if (limit <= depth)
        return error_format(&exc_RecursionError, "cannot set the recursion limit to %d at the "
                            "recursion depth %d: the limit is too low", (int)limit, depth);
    runtime.recursion_limit = (int)limit;
    return incref(None);
}

/* ---- the limit on decimal digits (CVE-2020-10735) ---------------------- */

static Object *sys_get_int_max_str_digits(Object *self, Object **args, size_t nargs,
                                          Object *kwnames)
{
    (void)self;
    (void)args;
    if (args_exact("sys.get_int_max_str_digits", nargs + args_keyword_count(kwnames), 0) < 0)
        return NULL;
    return int_from_i64(runtime.int_max_str_digits);
}

/* sys.set_int_max_str_digits(maxdigits): 0 (no limit) or at least 640,
 * with the errors of CPython's Argument Clinic wrapper. */
static Object *sys_set_int_max_str_digits(Object *self, Object **args, size_t nargs,
                                          Object *kwnames)
{
    (void)self;
    size_t given = nargs + args_keyword_count(kwnames);
    if (given > 1)
        return error_format(&exc_TypeError, "set_int_max_str_digits() takes at most 1 argument "
                            "(%zu given)", given);
    bool named = kwnames != NULL && str_equal_cstr(TUPLE_ITEMS(kwnames)[0], "maxdigits");
    if (nargs == 0 && !named)
        return error_format(&exc_TypeError, "set_int_max_str_digits() missing required "
                            "argument 'maxdigits' (pos 1)");
    int64_t digits;
    if (int_as_index(args[0], &digits) < 0) {
        if (!error_matches(&exc_OverflowError))
            return NULL;
        error_clear();              /* past 64 bits: past a C int too */
        digits = INT64_MAX;
    }
    if (digits > INT32_MAX || digits < INT32_MIN)
        return error_format(&exc_OverflowError, "Python int too large to convert to C int");
    if (digits < 0 || (digits > 0 && digits < INT_MAX_STR_DIGITS_THRESHOLD))
        return error_format(&exc_ValueError, "maxdigits must be 0 or larger than %d",
                            INT_MAX_STR_DIGITS_THRESHOLD);
    runtime.int_max_str_digits = (int)digits;
    return incref(None);
}

/* ---- the module -------------------------------------------------------- */

static const MethodDef sys_functions[] = {
#if CHAPTER >= CH_POOLS
    {"_debugmallocstats", sys_debugmallocstats},
#endif
#if CHAPTER >= CH_CYCLES
    {"_getframe", sys_getframe},
#endif
    {"displayhook", sys_displayhook},
    {"exit", sys_exit},
#if CHAPTER >= CH_POOLS
    {"getallocatedblocks", sys_getallocatedblocks},
#endif
#if CHAPTER >= CH_REFCOUNT
    {"getrefcount", sys_getrefcount},
#endif
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"getsizeof", sys_getsizeof},
#if CHAPTER >= CH_INTERNING
    {"intern", sys_intern},
#endif
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"setrecursionlimit", sys_setrecursionlimit},
    {NULL, NULL},
};

/* Store `value` (stolen; NULL means an error is already set). */
static int add_value(Object *dict, const char *name, Object *value)
{
    if (value == NULL)
        return -1;
    int status = dict_set_item_cstr(dict, name, value);
    decref(value);
    return status;
}

static Object *default_argv(void)
{
    Object *argv = list_new(0);
    Object *empty = str_from_cstr("");
    if (argv && empty && list_append(argv, empty) == 0) {
        decref(empty);
        return argv;
    }
    xdecref(argv);
    xdecref(empty);
    return NULL;
}

Object *sys_module_init(void)
{
    Object *module = module_new("sys");
    if (module == NULL)
        return NULL;
    Object *dict = MODULE_DICT(module);
    if (module_add_functions(module, sys_functions) < 0
        || add_value(dict, "maxsize", int_from_i64(INT64_MAX)) < 0
        || add_value(dict, "argv", default_argv()) < 0
        || (runtime.modules && dict_set_item_cstr(dict, "modules", runtime.modules) < 0)) {
        decref(module);
        return NULL;
    }
    return module;
}

/* Build the list of arguments as str objects. */
static Object *argv_list(int argc, char **argv)
{
    Object *list = list_new(0);
    for (int i = 0; list && i < argc; i++) {
        Object *arg = str_from_cstr(argv[i]);
        if (arg == NULL || list_append(list, arg) < 0) {
            xdecref(arg);
            CLEAR_SLOT(list);
            break;
        }
        decref(arg);
    }
    return list;
}

void sys_set_argv(int argc, char **argv)
{
    Object *name = str_from_cstr("sys");
    Object *sys = name ? module_import(name) : NULL;
    xdecref(name);
    Object *list = sys ? argv_list(argc, argv) : NULL;
    if (list == NULL || add_value(MODULE_DICT(sys), "argv", list) < 0)
        error_clear();      /* only at start-up, where there is no one to tell */
    xdecref(sys);
}
