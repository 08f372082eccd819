/* mro.c: the method resolution order, and every lookup that follows it
 * (CPython's find_name_in_mro, PyType_IsSubtype, and from chapter 8 the C3
 * linearisation of several bases: mro_implementation, best_base).
 *
 * Until chapter 8 a class has a single base and its MRO is the chain of
 * its parents. Chapter 8 gives every class its __mro__ tuple, which starts
 * with the class itself (the cycle that makes classes the collector's
 * business); with that tuple a class may have several bases, merged in
 * CPython's C3 order. */
#include "class.h"

#include "dict.h"
#include "error.h"
#include "function.h"
#include "list.h"
#include "memory.h"
#include "str.h"

#include <string.h>

/* ---- looking names up along the MRO ---------------------------------------- */

bool type_is_subtype(Type *sub, Type *super)
{
    if (super == &object_type)
        return true;
    MroWalk walk;
    for (Type *t = mro_walk_start(&walk, sub); t != NULL; t = mro_walk_next(&walk))
        if (t == super)
            return true;
    return false;
}

/* Class dicts are keyed by str, whose comparisons run no Python code: the
 * MRO tuple and the dicts stay put while they are searched. The walks
 * behind type_lookup and type_lookup_id, which remember what they find
 * (typecache.c). */
Object *find_name_in_mro(Type *type, Object *name)
{
    MroWalk walk;
    for (Type *t = mro_walk_start(&walk, type); t != NULL; t = mro_walk_next(&walk)) {
        if (t->dict == NULL)
            continue;
        Object *value = dict_get_item(t->dict, name);
        if (value != NULL)
            return value;
        if (error_occurred())
            error_clear();
    }
    return NULL;
}

Object *find_id_in_mro(Type *type, StrId *name)
{
    MroWalk walk;
    for (Type *t = mro_walk_start(&walk, type); t != NULL; t = mro_walk_next(&walk)) {
        if (t->dict == NULL)
            continue;
        Object *value = dict_get_item_id(t->dict, name);
        if (value != NULL)
            return value;
    }
    return NULL;
}

const MethodDef *type_lookup_method_def_owner(Type *type, Object *name, Type **owner)
{
    if (!is_str(name))
        return NULL;
    MroWalk walk;
    for (Type *t = mro_walk_start(&walk, type); t != NULL; t = mro_walk_next(&walk)) {
        const MethodDef *found = NULL;
        for (const MethodDef *def = t->methods; def != NULL && def->name != NULL; def++)
            if (str_equal_cstr(name, def->name))
                found = found ? found : def;
#if CHAPTER >= CH_CYCLES
        if (found == NULL)
            found = slot_wrapper_find(t, name);
#endif
        if (found != NULL) {
            if (owner != NULL)
                *owner = t;
            return found;
        }
    }
    return NULL;
}

const MethodDef *type_lookup_method_def(Type *type, Object *name)
{
    return type_lookup_method_def_owner(type, name, NULL);
}

/* A built-in method of `type` itself (not its parents) called `name`. */
const MethodDef *type_own_method_def(Type *type, const char *name)
{
    for (const MethodDef *def = type->methods; def != NULL && def->name != NULL; def++)
        if (strcmp(def->name, name) == 0)
            return def;
    return NULL;
}

/* ---- the subclasses of a class (CPython's tp_subclasses) ------------------ */

static void subclass_add(Type *base, Type *type)
{
    if (!(base->flags & TYPE_HEAP))
        return;             /* built-in types never change: none to reach */
    if (base->subclass_count == base->subclass_capacity) {
        intptr_t capacity = base->subclass_capacity ? 2 * base->subclass_capacity : 4;
        base->subclasses = mem_realloc(base->subclasses,
                                       (size_t)base->subclass_capacity * sizeof(Type *),
                                       (size_t)capacity * sizeof(Type *));
        base->subclass_capacity = capacity;
    }
    base->subclasses[base->subclass_count++] = type;
}

static void subclass_remove(Type *base, Type *type)
{
    for (intptr_t i = 0; i < base->subclass_count; i++) {
        if (base->subclasses[i] == type) {
            base->subclasses[i] = base->subclasses[--base->subclass_count];
            return;
        }
    }
}

/* Apply `fn(base, type)` to each of type's bases: its parent alone before
 * chapter 8, every class of __bases__ from then on. */
static void type_for_each_base(Type *type, void (*fn)(Type *base, Type *type))
{
#if CHAPTER >= CH_CYCLES
    if (type->bases != NULL) {
        for (intptr_t i = 0; i < TUPLE_SIZE(type->bases); i++)
            fn((Type *)TUPLE_ITEMS(type->bases)[i], type);
        return;
    }
#endif
    if (type->parent != NULL)
        fn(type->parent, type);
}

void type_subclasses_release(Type *type)
{
    mem_free(type->subclasses, (size_t)type->subclass_capacity * sizeof(Type *));
    type->subclasses = NULL;
    type->subclass_count = type->subclass_capacity = 0;
}

void type_add_subclass(Type *type)
{
    type_for_each_base(type, subclass_add);
}

void type_forget_subclass(Type *type)
{
    type_for_each_base(type, subclass_remove);
    type_subclasses_release(type);
}

#if CHAPTER >= CH_CYCLES
/* ---- the base that lays instances out (chapter 8) -------------------------- */

/* The built-in exceptions whose instances CPython 3.11 lays out with
 * fields of their own (their __basicsize__ grows): two bases that reach
 * two different ones cannot share an instance layout. minipy keeps every
 * exception in one struct, so this list, checked against python3, is
 * what makes it refuse the same combinations CPython refuses. */
static const char *const extended_exceptions[] = {
    "BaseException", "SystemExit", "AttributeError", "ImportError", "NameError",
    "OSError", "StopIteration", "SyntaxError", NULL,
};

static bool extends_layout(Type *type)
{
    if (type == &list_type || type == &dict_type)
        return true;
    for (const char *const *name = extended_exceptions; *name != NULL; name++)
        if (strcmp(type->name, *name) == 0 && !(type->flags & TYPE_HEAP))
            return true;
    return false;
}

/* CPython's solid_base: the nearest type up the parent chain whose
 * instances have fields their own parent's lack. */
static Type *solid_base(Type *type)
{
    for (Type *t = type; t != NULL; t = t->parent)
        if (extends_layout(t))
            return t;
    return &object_type;
}

/* CPython's best_base, in its order: each base acceptable, then their
 * layouts compatible (one solid base deriving from all the others). */
Type *class_best_base(Object *bases)
{
    Type *best = NULL, *winner = NULL;
    for (intptr_t i = 0; i < TUPLE_SIZE(bases); i++) {
        Type *base = (Type *)TUPLE_ITEMS(bases)[i];
        if (class_check_base(base) < 0)
            return NULL;
        Type *candidate = solid_base(base);
        if (winner != NULL && type_is_subtype(winner, candidate))
            continue;
        if (winner != NULL && !type_is_subtype(candidate, winner)) {
            error_set_string(&exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
        winner = candidate;
        best = base;
    }
    return best != NULL ? best : &object_type;
}

/* ---- C3 (chapter 8) ---------------------------------------------------------- */

/* The lists C3 merges: each base's MRO, then the bases themselves; `next`
 * is how far each has been consumed (CPython's to_merge and remain). */
typedef struct Merge {
    Object **lists;
    intptr_t *next;
    intptr_t count;
} Merge;

static bool in_tail(Merge *m, Object *candidate)
{
    for (intptr_t j = 0; j < m->count; j++)
        for (intptr_t k = m->next[j] + 1; k < TUPLE_SIZE(m->lists[j]); k++)
            if (TUPLE_ITEMS(m->lists[j])[k] == candidate)
                return true;
    return false;
}

/* The first head that is in no list's tail (a good head), or NULL. */
static Object *good_head(Merge *m, bool *all_empty)
{
    *all_empty = true;
    for (intptr_t i = 0; i < m->count; i++) {
        if (m->next[i] >= TUPLE_SIZE(m->lists[i]))
            continue;
        *all_empty = false;
        Object *candidate = TUPLE_ITEMS(m->lists[i])[m->next[i]];
        if (!in_tail(m, candidate))
            return candidate;
    }
    return NULL;
}

/* CPython's set_mro_error: the remaining heads, each named once, in the
 * order of the lists (the line break is CPython's). */
static void mro_error(Merge *m)
{
    Object *text = str_from_cstr("Cannot create a consistent method resolution\n"
                                 "order (MRO) for bases");
    int named_count = 0;
    for (intptr_t i = 0; i < m->count && text != NULL; i++) {
        if (m->next[i] >= TUPLE_SIZE(m->lists[i]))
            continue;
        Object *head = TUPLE_ITEMS(m->lists[i])[m->next[i]];
        bool named = false;
        for (intptr_t j = 0; j < i; j++)
            named |= m->next[j] < TUPLE_SIZE(m->lists[j])
                && TUPLE_ITEMS(m->lists[j])[m->next[j]] == head;
        if (named)
            continue;
        Object *longer = str_format("%S%s %s", text, named_count++ > 0 ? "," : "",
                                    ((Type *)head)->name);
        decref(text);
        text = longer;
    }
    if (text != NULL) {
        error_set_string(&exc_TypeError, STR_DATA(text));
        decref(text);
    }
}

/* Merge into `result` (which holds the class): 0, or -1 with the error. */
static int merge_into(Merge *m, Object *result)
{
    for (;;) {
        bool all_empty;
        Object *head = good_head(m, &all_empty);
        if (all_empty)
            return 0;
        if (head == NULL) {
            mro_error(m);
            return -1;
        }
        if (list_append(result, head) < 0)
            return -1;
        for (intptr_t j = 0; j < m->count; j++)
            if (m->next[j] < TUPLE_SIZE(m->lists[j])
                && TUPLE_ITEMS(m->lists[j])[m->next[j]] == head)
                m->next[j]++;
    }
}

static int check_duplicates(Object *bases)
{
    for (intptr_t i = 0; i < TUPLE_SIZE(bases); i++)
        for (intptr_t j = i + 1; j < TUPLE_SIZE(bases); j++)
            if (TUPLE_ITEMS(bases)[i] == TUPLE_ITEMS(bases)[j]) {
                error_format(&exc_TypeError, "duplicate base class %s",
                             ((Type *)TUPLE_ITEMS(bases)[i])->name);
                return -1;
            }
    return 0;
}

/* The lists to merge, as new references: each base's MRO, then bases. */
static Merge merge_start(Object *bases)
{
    intptr_t n = TUPLE_SIZE(bases) + 1;
    Merge m = {mem_alloc((size_t)n * sizeof(Object *)), mem_alloc((size_t)n * sizeof(intptr_t)), n};
    for (intptr_t i = 0; i < n - 1; i++)
        m.lists[i] = type_mro((Type *)TUPLE_ITEMS(bases)[i]);
    m.lists[n - 1] = incref(bases);
    for (intptr_t i = 0; i < n; i++)
        m.next[i] = 0;
    return m;
}

static void merge_end(Merge *m)
{
    for (intptr_t i = 0; i < m->count; i++)
        decref(m->lists[i]);
    mem_free(m->lists, (size_t)m->count * sizeof(Object *));
    mem_free(m->next, (size_t)m->count * sizeof(intptr_t));
}

/* minipy's built-in types keep their methods in C, not in a dict, and
 * answer for them only through their chain of parents. A class defined
 * in Python that comes after one of them (other than object) in the MRO
 * would be asked first for names CPython finds on the built-in (__str__,
 * __init__, args...): refused rather than looked up wrongly. */
static int check_lookup_order(Type *type, Object *mro)
{
    Type *builtin = NULL;
    for (intptr_t i = 1; i < TUPLE_SIZE(mro); i++) {
        Type *t = (Type *)TUPLE_ITEMS(mro)[i];
        if (!(t->flags & TYPE_HEAP) && t != &object_type && builtin == NULL)
            builtin = t;
        if ((t->flags & TYPE_HEAP) && builtin != NULL) {
            error_format(&exc_TypeError, "minipy: class '%s' cannot have '%s' after the built-in "
                         "'%s' in its MRO (list the base derived from a built-in exception last)",
                         type->name, t->name, builtin->name);
            return -1;
        }
    }
    return 0;
}

/* One base: the class, then the base's MRO, straight into the tuple with
 * no list in between (CPython's mro_implementation takes this path too,
 * so that the allocator sees the same blocks). */
static Object *mro_one_base(Type *type, Type *base)
{
    Object *tail = type_mro(base);
    Object *mro = tuple_new(TUPLE_SIZE(tail) + 1);
    TUPLE_ITEMS(mro)[0] = incref((Object *)type);
    for (intptr_t i = 0; i < TUPLE_SIZE(tail); i++)
        TUPLE_ITEMS(mro)[i + 1] = incref(TUPLE_ITEMS(tail)[i]);
    decref(tail);
    return mro;
}

Object *mro_compute(Type *type, Object *bases)
{
    if (TUPLE_SIZE(bases) == 1)
        return mro_one_base(type, (Type *)TUPLE_ITEMS(bases)[0]);
    if (check_duplicates(bases) < 0)
        return NULL;
    Object *result = list_new(0);
    if (result == NULL || list_append(result, (Object *)type) < 0) {
        xdecref(result);
        return NULL;
    }
    Merge m = merge_start(bases);
    int status = merge_into(&m, result);
    merge_end(&m);
    Object *mro = status < 0 ? NULL : tuple_from_iterable(result);
    decref(result);
    if (mro != NULL && check_lookup_order(type, mro) < 0)
        CLEAR_SLOT(mro);
    return mro;
}

/* type.mro(): the MRO as a new list. */
static Object *type_mro_list(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("mro", kwnames) < 0 || args_exact("mro", nargs, 0) < 0)
        return NULL;
    Object *mro = type_mro((Type *)self);
    Object *list = list_from_iterable(mro);
    decref(mro);
    return list;
}

const MethodDef type_mro_method = {"mro", type_mro_list};
#endif
