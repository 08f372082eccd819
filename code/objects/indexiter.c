/* indexiter.c: the iterator of list, tuple and str, written once. Each
 * sequence type gives its iterator type a length and a reader of the item
 * at an index; everything else, the reference to the sequence dropped at
 * the end and the collector's view of it, is here. */
#include "indexiter.h"

Object *index_iter_new(IndexIterType *type, Object *seq)
{
    IndexIterObject *it = (IndexIterObject *)object_new(&type->type, sizeof(IndexIterObject));
    it->seq = incref(seq);
    return (Object *)it;
}

/* Past the end the sequence is dropped at once, as CPython's iterators
 * drop it, so that an exhausted iterator keeps nothing alive. */
Object *index_iter_next(Object *self)
{
    IndexIterObject *it = (IndexIterObject *)self;
    if (it->seq == NULL)
        return NULL;
    const IndexIterType *type = (const IndexIterType *)self->type;
    if (it->index < type->length(it->seq))
        return type->next_item(it->seq, &it->index);
    CLEAR_SLOT(it->seq);
    return NULL;
}

int index_iter_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((IndexIterObject *)self)->seq);
    return 0;
}

void index_iter_clear(Object *self)
{
    CLEAR_SLOT(((IndexIterObject *)self)->seq);
}
