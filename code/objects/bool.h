/* bool.h: None, True, False and NotImplemented, the four singletons. */
#ifndef MINIPY_BOOL_H
#define MINIPY_BOOL_H

#include "int.h"

extern Type bool_type, none_type, notimplemented_type;
/* Statically allocated, never freed (their counts start high, as CPython's
 * do before 3.12 made them immortal). True and False are IntObjects. */
extern IntObject true_object, false_object;
extern Object none_object, notimplemented_object;

#define None ((Object *)&none_object)
#define True ((Object *)&true_object)
#define False ((Object *)&false_object)
#define NotImplemented ((Object *)&notimplemented_object)

static inline Object *bool_from(int truth) { return incref(truth ? True : False); }
static inline Object *none_new(void) { return incref(None); }

#endif
