/* super.c: super() and super(C, obj) (CPython's superobject,
 * Objects/typeobject.c).
 *
 * `super().m` looks `m` up in the classes that come after C in the MRO
 * of type(obj) (with several bases, not necessarily C's own bases), where
 * C is the class whose body defined the running method (its `__class__`
 * cell, eval_cells.c), and binds what it finds to obj.
 * When no class defined in minipy has it, the built-in base answers for
 * `__init__`, `__repr__` and `__str__`, the methods every class has
 * (object.__init__, BaseException.__init__, which sets `args`...).
 */
#include "super.h"

#include "bool.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "function.h"
#include "str.h"
#include "tuple.h"

typedef struct SuperObject {
    Object base;
    Type *type;             /* the class the lookup starts after */
    Object *object;         /* the instance methods are bound to */
} SuperObject;

/* ---- what the built-in base answers ------------------------------------------ */

/* object.__init__ takes nothing more; BaseException.__init__ keeps its
 * arguments as `args`. */
static Object *base_init(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (!type_is_subtype(self->type, &exc_BaseException)) {
        if (nargs > 0 || (kwnames && TUPLE_SIZE(kwnames) > 0))
            return error_set_string(&exc_TypeError,
                                    "object.__init__() takes exactly one argument "
                                    "(the instance to initialize)");
        return incref(None);
    }
    if (args_no_kw("BaseException.__init__", kwnames) < 0)
        return NULL;
    Object *tuple = tuple_new((intptr_t)nargs);
    if (tuple == NULL)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        TUPLE_ITEMS(tuple)[i] = incref(args[i]);
    object_set_slot(&((ExceptionObject *)self)->args, tuple);
    return incref(None);
}

static Object *base_repr(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("__repr__", kwnames) < 0 || args_exact("__repr__", nargs, 0) < 0)
        return NULL;
    return type_builtin_base(self->type)->repr(self);
}

static Object *base_str(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("__str__", kwnames) < 0 || args_exact("__str__", nargs, 0) < 0)
        return NULL;
    /* object.__str__ is repr(self): the class's own __repr__ if it has one. */
    UnaryFn str = type_builtin_base(self->type)->str;
    return str ? str(self) : object_repr(self);
}

static const MethodDef base_methods[] = {
    {"__init__", base_init},
    {"__repr__", base_repr},
    {"__str__", base_str},
    {NULL, NULL},
};

/* ---- the lookup ---------------------------------------------------------------- */

/* What the classes after su->type in the MRO of the object's type hold
 * under `name`, bound to the object; NULL without an error when none of
 * them defines it. `*builtin` is the first built-in type met after
 * su->type (the rest of the MRO is its chain of parents: mro.c refuses a
 * class defined in Python after a built-in other than object). */
static Object *lookup_after(SuperObject *su, Object *name, Type **builtin)
{
    MroWalk walk;
    Type *t = mro_walk_start(&walk, su->object->type);
    while (t != NULL && t != su->type)
        t = mro_walk_next(&walk);
    for (t = t ? mro_walk_next(&walk) : NULL; t != NULL; t = mro_walk_next(&walk)) {
        if (!(t->flags & TYPE_HEAP)) {
            *builtin = t;
            return NULL;
        }
        Object *found = t->dict ? dict_get_item(t->dict, name) : NULL;
        if (found == NULL) {
            if (error_occurred())
                return NULL;
            continue;
        }
        if (!is_function(found))
            return incref(found);
        incref(found);          /* borrowed from the class: hold it */
        Object *method = method_new(found, su->object);
        decref(found);
        return method;
    }
    return NULL;
}

static Object *super_getattr(Object *self, Object *name)
{
    SuperObject *su = (SuperObject *)self;
    if (str_equal_cstr(name, "__class__"))
        return incref((Object *)self->type);
    Type *builtin = &object_type;
    Object *found = lookup_after(su, name, &builtin);
    if (found != NULL || error_occurred())
        return found;
    const MethodDef *def = type_lookup_method_def(builtin, name);
    if (def != NULL)
        return builtin_new(def, su->object);
    for (const MethodDef *base = base_methods; base->name != NULL; base++)
        if (str_equal_cstr(name, base->name))
            return builtin_new(base, su->object);
    return error_format(&exc_AttributeError, "'super' object has no attribute '%S'", name);
}

/* ---- making one ------------------------------------------------------------------ */

static Object *super_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    if (args_no_kw("super", kwnames) < 0 || args_range("super", nargs, 0, 2) < 0)
        return NULL;
    Type *start;
    Object *object;
    if (nargs == 0) {
        if (eval_super_args(&start, &object) < 0)
            return NULL;
    } else if (nargs == 1) {
        return error_set_string(&exc_RuntimeError,
                                "minipy: super() with one argument (an unbound super) is not supported");
    } else {
        if (!is_type(args[0]))
            return error_format(&exc_TypeError, "super() argument 1 must be a type, not %T", args[0]);
        start = (Type *)args[0];
        object = args[1];
    }
    if (!type_is_subtype(object->type, start))
        return error_set_string(&exc_TypeError,
                                "super(type, obj): obj must be an instance or subtype of type");
    SuperObject *su = (SuperObject *)object_new(&super_type, sizeof(SuperObject));
    su->type = (Type *)incref((Object *)start);
    su->object = incref(object);
    return (Object *)su;
}

static Object *super_repr(Object *self)
{
    SuperObject *su = (SuperObject *)self;
    return str_format("<super: <class '%s'>, <%s object>>", su->type->name,
                      su->object->type->name);
}

static int super_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((SuperObject *)self)->type);
    VISIT(((SuperObject *)self)->object);
    return 0;
}

static void super_clear(Object *self)
{
    CLEAR_SLOT(((SuperObject *)self)->type);
    CLEAR_SLOT(((SuperObject *)self)->object);
}

Type super_type = {
    .base = TYPE_HEAD_INIT,
    .name = "super",
    .basic_size = sizeof(SuperObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .construct = super_construct,
    .dealloc = object_dealloc_default,
    .traverse = super_traverse,
    .clear = super_clear,
    .repr = super_repr,
    .hash = identity_hash,
    .compare = identity_compare,
    .getattr = super_getattr,
};
