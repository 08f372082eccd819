/* eval_unpack.c: the star forms. A call with *iterables or **mappings
 * (CPython's CALL_FUNCTION_EX with the LIST_EXTEND, DICT_MERGE that build
 * its arguments); displays with *iterables and **mappings (LIST_EXTEND,
 * LIST_TO_TUPLE, DICT_UPDATE); starred targets, `a, *b = xs` (UNPACK_EX).
 *
 * Reference behaviour as in 3.11: such a call packs its positional
 * arguments into one tuple and its keyword arguments into one dict, and
 * the value stack holds both until the call returns; the callee's
 * parameters take new references to the items. `f(*t)` with t an exact
 * tuple passes t itself.
 */
#include <string.h>

#include "eval_internal.h"

/* "__main__.f()", "len()": how CPython names a callable in the messages
 * of argument unpacking (_PyObject_FunctionStr). */
static Object *function_str(Object *callable)
{
    Object *qualname = object_getattr_cstr(callable, "__qualname__");
    if (qualname == NULL) {
        error_clear();
        return object_str(callable);
    }
    Object *module = object_getattr_cstr(callable, "__module__");
    if (module == NULL)
        error_clear();
    Object *result;
    if (module != NULL && is_str(module) && !str_equal_cstr(module, "builtins"))
        result = str_format("%S.%S()", module, qualname);
    else
        result = str_format("%S()", qualname);
    xdecref(module);
    decref(qualname);
    return result;
}

/* Raise "<callable> <message>, not <type of operand>", or with `quoted`
 * "<callable> <message> '<operand>'", the callable named as above. */
static void call_error(Object *callable, const char *message, Object *operand, bool quoted)
{
    Object *name = function_str(callable);
    if (name == NULL)
        return;
    if (quoted)
        error_format(&exc_TypeError, "%S %s '%S'", name, message, operand);
    else
        error_format(&exc_TypeError, "%S %s, not %T", name, message, operand);
    decref(name);
}

/* Did iterating `iterable` fail because it is no iterable at all? */
static bool not_iterable(Object *iterable)
{
    return error_matches(&exc_TypeError) && iterable->type->iter == NULL;
}

/* LIST_EXTEND: [a, *b] builds a list, *b extends it. */
int extend_with_iterable(Object *list, Object *iterable)
{
    if (list_extend(list, iterable) == 0)
        return 0;
    if (not_iterable(iterable)) {
        error_clear();
        error_format(&exc_TypeError, "Value after * must be an iterable, not %T", iterable);
    }
    return -1;
}

/* The items of a list display or call with *iterables among them, in a
 * new list: [a, *b] as BUILD_LIST, LIST_APPEND, LIST_EXTEND. */
static Object *starred_list(Frame *frame, NodeList *items)
{
    Object *list = list_new(0);
    for (size_t i = 0; i < items->count; i++) {
        Node *item = items->items[i];
        bool starred = item->kind == EXPR_STARRED;
        Object *value = eval_expr(frame, starred ? item->as.starred.value : item);
        int status = value == NULL ? -1
                   : starred ? extend_with_iterable(list, value) : list_append(list, value);
        xdecref(value);
        if (status < 0) {
            decref(list);
            return NULL;
        }
    }
    return list;
}

Object *eval_starred_display(Frame *frame, Node *node)
{
    Object *list = starred_list(frame, &node->as.list.elts);
    if (list == NULL || node->kind == EXPR_LIST)
        return list;
    Object *tuple = tuple_from_iterable(list);     /* LIST_TO_TUPLE */
    decref(list);
    return tuple;
}

/* {**mapping}: DICT_UPDATE, later keys win. */
int update_with_mapping(Object *dict, Object *mapping)
{
    if (is_dict(mapping))
        return dict_update(dict, mapping);
    int found = mapping_has_keys(mapping);
    if (found == 0)
        error_format(&exc_TypeError, "'%T' object is not a mapping", mapping);
    if (found <= 0)
        return -1;
    return mapping_for_each_item(mapping, dict_add_item, dict);
}

/* Unpack `value` into a target list with one starred item (UNPACK_EX):
 * `before` items, a new list of the rest but the last `after`, and those
 * `after` items, as new references in items[0 .. before + after]. */
static int unpack_starred(Object *value, Object **items, size_t before, size_t after)
{
    Object *iter = object_iter(value);
    if (iter == NULL) {
        if (error_matches(&exc_TypeError) && value->type->iter == NULL) {
            error_clear();
            error_format(&exc_TypeError, "cannot unpack non-iterable %T object", value);
        }
        return -1;
    }
    size_t got = 0;
    for (; got < before; got++) {
        if ((items[got] = iter_next(iter)) == NULL)
            break;
    }
    Object *rest = got == before ? list_from_iterable(iter) : NULL;
    decref(iter);
    intptr_t size = rest ? LIST_SIZE(rest) : 0;
    if (rest != NULL && (size_t)size >= after) {
        for (size_t j = 0; j < after; j++)
            items[before + 1 + j] = LIST_ITEMS(rest)[size - (intptr_t)after + (intptr_t)j];
        LIST_SIZE(rest) = size - (intptr_t)after;      /* moved out: Py_SET_SIZE */
        items[before] = rest;
        return 0;
    }
    if (!error_occurred())
        error_format(&exc_ValueError, "not enough values to unpack (expected at least %zd, got %zd)",
                     (intptr_t)(before + after), (intptr_t)(got + (size_t)size));
    eval_drop_slots(items, got);
    xdecref(rest);
    return -1;
}

int assign_starred(Frame *frame, Node *target, Object *value)
{
    NodeList *elts = &target->as.list.elts;
    size_t star = 0;
    while (elts->items[star]->kind != EXPR_STARRED)
        star++;
    Object *small[SMALL_ARGS];
    Object **items = alloc_slots(small, SMALL_ARGS, elts->count);
    int status = unpack_starred(value, items, star, elts->count - star - 1);
    if (status == 0) {
        for (size_t i = 0; i < elts->count; i++) {
            Node *item = elts->items[i];
            if (status == 0)
                status = assign(frame, i == star ? item->as.starred.value : item, items[i]);
            decref(items[i]);
        }
    }
    free_slots(items, small, elts->count);
    return status;
}

/* The positional arguments as one tuple (a new reference). */
static Object *positional_tuple(Frame *frame, Node *node, Object *callable)
{
    NodeList *args = &node->as.call.args;
    if (args->count == 1 && args->items[0]->kind == EXPR_STARRED) {
        /* f(*x) alone: x itself when it is a tuple (check_args_iterable) */
        Object *iterable = eval_expr(frame, args->items[0]->as.starred.value);
        if (iterable == NULL || is_tuple(iterable))
            return iterable;
        Object *tuple = tuple_from_iterable(iterable);
        if (tuple == NULL && not_iterable(iterable)) {
            error_clear();
            call_error(callable, "argument after * must be an iterable", iterable, false);
        }
        decref(iterable);
        return tuple;
    }
    Object *list = starred_list(frame, args);
    if (list == NULL)
        return NULL;
    Object *tuple = tuple_from_iterable(list);     /* LIST_TO_TUPLE */
    decref(list);
    return tuple;
}

/* One key and value into the call's keyword dict: a name given twice is
 * an error (DICT_MERGE). */
static int merge_keyword(Object *callable, Object *kwargs, Object *key, Object *value)
{
    Object *known = dict_get_item(kwargs, key);
    if (known != NULL) {
        call_error(callable, "got multiple values for keyword argument", key, true);
        return -1;
    }
    return error_occurred() ? -1 : dict_set_item(kwargs, key, value);
}

typedef struct KeywordMerge { Object *callable, *kwargs; } KeywordMerge;

static int merge_item(void *arg, Object *key, Object *value)
{
    KeywordMerge *merge = arg;
    return merge_keyword(merge->callable, merge->kwargs, key, value);
}

/* **mapping into the call's keyword dict. */
static int merge_double_star(Object *callable, Object *kwargs, Object *mapping)
{
    if (!is_dict(mapping)) {
        int found = mapping_has_keys(mapping);
        if (found == 0)
            call_error(callable, "argument after ** must be a mapping", mapping, false);
        if (found <= 0)
            return -1;
        KeywordMerge merge = {callable, kwargs};
        return mapping_for_each_item(mapping, merge_item, &merge);
    }
    intptr_t pos = 0;
    Object *key, *value;
    while (dict_next(mapping, &pos, &key, &value)) {
        incref(key);
        incref(value);
        int status = merge_keyword(callable, kwargs, key, value);
        decref(value);
        decref(key);
        if (status < 0)
            return -1;
    }
    return 0;
}

/* The keyword arguments as one dict (a new reference), or NULL with no
 * exception when the call has none. */
static Object *keyword_dict(Frame *frame, Node *node, Object *callable)
{
    if (node->as.call.nkeywords == 0)
        return NULL;
    Object *kwargs = dict_new();
    for (size_t i = 0; i < node->as.call.nkeywords; i++) {
        Keyword *keyword = &node->as.call.keywords[i];
        Object *value = eval_expr(frame, keyword->value);
        int status = value == NULL ? -1
                   : keyword->name ? merge_keyword(callable, kwargs, keyword->name, value)
                   : merge_double_star(callable, kwargs, value);
        xdecref(value);
        if (status < 0) {
            decref(kwargs);
            return NULL;
        }
    }
    return kwargs;
}

/* Spread the tuple and the dict into a vector call: the values and the
 * names are new references in a new array, dropped after the call
 * (3.11's _PyStack_UnpackDict: with keywords, each argument is counted
 * once more during the call). Without keywords the tuple's items go as
 * they are. */
static Object *call_packed(Object *callable, Object *positional, Object *kwargs)
{
    size_t nargs = (size_t)TUPLE_SIZE(positional);
    size_t nkw = kwargs ? (size_t)DICT_SIZE(kwargs) : 0;
    if (nkw == 0)
        return object_call(callable, TUPLE_ITEMS(positional), nargs, NULL);
    Object **vector = mem_alloc((nargs + nkw) * sizeof *vector);
    for (size_t i = 0; i < nargs; i++)
        vector[i] = incref(TUPLE_ITEMS(positional)[i]);
    Object *kwnames = tuple_new((intptr_t)nkw), *key, *value, *result = NULL;
    intptr_t pos = 0;
    bool strings = true;
    for (size_t k = 0; dict_next(kwargs, &pos, &key, &value); k++) {
        TUPLE_ITEMS(kwnames)[k] = incref(key);
        vector[nargs + k] = incref(value);
        strings &= is_str(key);
    }
    if (strings)
        result = object_call(callable, vector, nargs, kwnames);
    else
        error_set_string(&exc_TypeError, "keywords must be strings");
    eval_drop_slots(vector, nargs + nkw);
    decref(kwnames);
    mem_free(vector, (nargs + nkw) * sizeof *vector);
    return result;
}

Object *eval_call_unpacking(Frame *frame, Node *node)
{
    Object *callable = eval_expr(frame, node->as.call.func);
    if (callable == NULL)
        return NULL;
    Object *result = NULL, *kwargs = NULL;
    Object *positional = positional_tuple(frame, node, callable);
    if (positional != NULL)
        kwargs = keyword_dict(frame, node, callable);
    if (positional != NULL && (kwargs != NULL || !error_occurred())) {
        frame->line = node->line;
        result = call_packed(callable, positional, kwargs);
    }
    xdecref(kwargs);
    xdecref(positional);
    decref(callable);
    return result;
}
