/* dictrepr.c: a dict's repr and its == (CPython's dict_repr and
 * dict_richcompare in Objects/dictobject.c), over the entries as
 * dict_internal.h lays them out. */
#include "dict.h"
#include "dict_internal.h"

#include "bool.h"
#include "error.h"
#include "strbuilder.h"

static int append_entry(StrBuilder *sb, Object *key, Object *value)
{
    incref(key);
    incref(value);
    int status = sb_append_repr(sb, key);
    if (status == 0) {
        sb_append_cstr(sb, ": ");
        status = sb_append_repr(sb, value);
    }
    decref(key);
    decref(value);
    return status;
}

/* "{'a': 1}", and "{...}" for a dict met again inside itself (chapter 4). */
Object *dict_repr(Object *self)
{
    DictObject *d = (DictObject *)self;
    if (d->used == 0)
        return str_from_cstr("{}");
    StrBuilder sb;
    Object *again;
    if (!sb_open_repr(&sb, self, "{", "}", &again))
        return again;
    int status = 0;
    bool first = true;
    /* Entries are re-read each time: a repr may change the dict. */
    for (intptr_t i = 0; status == 0 && i < d->keys->nentries; i++) {
        KeyValue *kv = entry_at(d->keys, i);
        if (kv->key == NULL)
            continue;
        if (!first)
            sb_append_cstr(&sb, ", ");
        first = false;
        status = append_entry(&sb, kv->key, kv->value);
    }
    return sb_close_repr(&sb, self, status, "}");
}

/* 1 when every key of a maps to an equal value in b (same sizes). */
static int dict_equal(DictObject *a, DictObject *b)
{
    if (a->used != b->used)
        return 0;
    for (intptr_t i = 0; i < a->keys->nentries; i++) {
        KeyValue *kv = entry_at(a->keys, i);
        if (kv->key == NULL)
            continue;
        Object *key = incref(kv->key), *value = incref(kv->value);
        Object *other = dict_get_item((Object *)b, key);
        int equal;
        if (other) {
            incref(other);
            equal = object_equal(value, other);
            decref(other);
        } else {
            equal = error_occurred() ? -1 : 0;
        }
        decref(key);
        decref(value);
        if (equal != 1)
            return equal;
    }
    return 1;
}

/* Dicts support == and != only: '<' between dicts is a TypeError. */
Object *dict_compare(Object *a, Object *b, CompareOp op)
{
    if (!is_dict_or_subclass(a) || !is_dict_or_subclass(b) || (op != CMP_EQ && op != CMP_NE))
        return incref(NotImplemented);
    int equal = dict_equal((DictObject *)a, (DictObject *)b);
    if (equal < 0)
        return NULL;
    return bool_from(equal == (op == CMP_EQ));
}
