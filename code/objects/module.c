/* module.c: module objects and `import` (CPython's moduleobject.c and a
 * very small part of importlib).
 *
 * A module is a namespace: a dict of globals with a name. `import m` looks
 * in sys.modules first, then in the table of built-in modules, then for
 * m.py beside the main script; a module written in minipy is compiled as
 * its own unit and run in a fresh module's dict.
 */
#define _POSIX_C_SOURCE 200809L     /* getcwd */
#include "module.h"

#include "gc.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "bool.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "function.h"
#include "parser.h"
#include "runtime.h"
#include "str.h"

/* ---- module objects ----------------------------------------------------------- */

Object *module_new(const char *name)
{
    ModuleObject *module = (ModuleObject *)object_new(&module_type, sizeof(ModuleObject));
    module->name = str_from_cstr(name);
    module->dict = dict_new();
    /* The entries every CPython module starts with, in CPython's order
     * (importlib's loader and spec objects are None here). */
    dict_set_item_cstr(module->dict, "__name__", module->name);
    dict_set_item_cstr(module->dict, "__doc__", None);
    dict_set_item_cstr(module->dict, "__package__", None);
    dict_set_item_cstr(module->dict, "__loader__", None);
    dict_set_item_cstr(module->dict, "__spec__", None);
    return (Object *)module;
}

int module_add_functions(Object *module, const MethodDef *defs)
{
    for (const MethodDef *def = defs; def->name != NULL; def++) {
        Object *func = builtin_new(def, NULL);
        int status = dict_set_item_cstr(MODULE_DICT(module), def->name, func);
        decref(func);
        if (status < 0)
            return -1;
    }
    return 0;
}

static Object *module_getattr(Object *self, Object *name)
{
    ModuleObject *module = (ModuleObject *)self;
    Object *value = dict_get_item(module->dict, name);
    if (value != NULL)
        return incref(value);
    if (error_occurred())
        return NULL;
    if (str_equal_cstr(name, "__dict__"))
        return incref(module->dict);
    if (str_equal_cstr(name, "__class__"))
        return incref((Object *)self->type);
    return error_format(&exc_AttributeError, "module '%S' has no attribute '%S'", module->name, name);
}

static int module_setattr(Object *self, Object *name, Object *value)
{
    ModuleObject *module = (ModuleObject *)self;
    if (value != NULL)
        return dict_set_item(module->dict, name, value);
    if (dict_get_item(module->dict, name) == NULL) {
        if (!error_occurred())
            error_format(&exc_AttributeError, "module '%S' has no attribute '%S'", module->name, name);
        return -1;
    }
    return dict_del_item(module->dict, name);
}

/* "<module 'sys' (built-in)>", "<module 'm' from '/path/m.py'>". */
static Object *module_repr(Object *self)
{
    ModuleObject *module = (ModuleObject *)self;
    Object *file = dict_get_item_cstr(module->dict, "__file__");
    if (file != NULL && is_str(file))
        return str_format("<module %R from %R>", module->name, file);
    return str_format("<module %R (built-in)>", module->name);
}

static int module_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((ModuleObject *)self)->dict);
    VISIT(((ModuleObject *)self)->name);
    return 0;
}

static void module_clear(Object *self)
{
    CLEAR_SLOT(((ModuleObject *)self)->dict);
    CLEAR_SLOT(((ModuleObject *)self)->name);
}

Type module_type = {
    .base = TYPE_HEAD_INIT,
    .name = "module",
    .basic_size = sizeof(ModuleObject),
#if CHAPTER >= CH_WEAKREF
    .weaklist_offset = offsetof(ModuleObject, weaklist),
#endif
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = module_traverse,
    .clear = module_clear,
    .repr = module_repr,
    .hash = identity_hash,
    .compare = identity_compare,
    .getattr = module_getattr,
    .setattr = module_setattr,
};

/* ---- import ---------------------------------------------------------------- */

/* Modules written in C, made on first import. Later chapters add gc and
 * weakref here. */
typedef struct BuiltinModule {
    const char *name;
    ModuleInitFn init;
} BuiltinModule;

static const BuiltinModule builtin_modules[] = {
    {"builtins", builtins_module_init},
    {"sys", sys_module_init},
    {"time", time_module_init},
    {"layout", layout_module_init},     /* the book's pictures of memory */
#if CHAPTER >= CH_CONTAINERS
    {"objgraph", objgraph_module_init},
#endif
#if CHAPTER >= CH_THRESHOLDS
    {"gc", gc_module_init},
#endif
#if CHAPTER >= CH_WEAKREF
    {"weakref", weakref_module_init},
#endif
#if CHAPTER >= CH_LEAKS
    {"tracemalloc", tracemalloc_module_init},
#endif
    {NULL, NULL},
};

static Object *import_builtin(Object *name)
{
    for (const BuiltinModule *entry = builtin_modules; entry->name != NULL; entry++)
        if (str_equal_cstr(name, entry->name))
            return entry->init();
    return NULL;
}

/* NAME.py in the directory of the main script, or in the current
 * directory when there is no script (-c, the REPL). */
static Object *module_path(Object *name)
{
    Object *main_file = runtime.main_module
        ? dict_get_item_cstr(MODULE_DICT(runtime.main_module), "__file__") : NULL;
    if (main_file != NULL && is_str(main_file)) {
        char directory[4096];
        snprintf(directory, sizeof directory, "%s", STR_DATA(main_file));
        char *slash = strrchr(directory, '/');
        if (slash != NULL) {
            *slash = '\0';
            return str_format("%s/%S.py", directory, name);
        }
    }
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd) == NULL)
        return str_format("%S.py", name);
    return str_format("%s/%S.py", cwd, name);
}

/* Run the module's source in its own dict. The module is in sys.modules
 * while it runs (so circular imports find it) and leaves it on failure. */
static int exec_module_source(Object *module, Object *path, const char *source, size_t size)
{
    Unit *unit = parse_unit(source, size, STR_DATA(path), PARSE_FILE);
    if (unit == NULL)
        return -1;
    Object *result = eval_unit(unit, MODULE_DICT(module));
    unit_drop_arena_objects(unit);
    decref((Object *)unit);
    if (result == NULL)
        return -1;
    decref(result);
    return 0;
}

#if CHAPTER >= CH_LEAKS
int module_exec_frozen(Object *module, const char *filename, const char *source)
{
    Object *path = str_from_cstr(filename);
    dict_set_item_cstr(MODULE_DICT(module), "__builtins__", runtime.builtins);
    int status = exec_module_source(module, path, source, strlen(source));
    decref(path);
    return status;
}
#endif

static Object *import_source(Object *name)
{
    Object *path = module_path(name);
    if (path == NULL)
        return NULL;
    size_t size;
    char *source = eval_read_source(STR_DATA(path), &size);
    if (source == NULL) {
        decref(path);
        return error_format(&exc_ModuleNotFoundError, "No module named '%S'", name);
    }
    Object *module = module_new(STR_DATA(name));
    Object *dict = MODULE_DICT(module);
    dict_set_item_cstr(dict, "__file__", path);
    dict_set_item_cstr(dict, "__builtins__", runtime.builtins);
    int status = dict_set_item(runtime.modules, name, module);
    if (status == 0)
        status = exec_module_source(module, path, source, size);
    mem_free(source, size + 1);
    decref(path);
    if (status < 0) {
        Object *pending = error_fetch();
        if (dict_get_item(runtime.modules, name) != NULL)
            dict_del_item(runtime.modules, name);
        error_restore(pending);
        decref(module);
        return NULL;
    }
    return module;
}

Object *module_import(Object *name)
{
    Object *cached = dict_get_item(runtime.modules, name);
    if (cached != NULL)
        return incref(cached);
    if (error_occurred())
        return NULL;
    Object *module = import_builtin(name);
    if (module != NULL) {
        if (dict_set_item(runtime.modules, name, module) < 0)
            CLEAR_SLOT(module);
        return module;
    }
    if (error_occurred())
        return NULL;
    return import_source(name);
}
