/* weakcontainers.h: the weakref module's collections (weakcontainers.c)
 * and its other classes (weakrefmodule.c), chapter 10. */
#ifndef MINIPY_WEAKCONTAINERS_H
#define MINIPY_WEAKCONTAINERS_H

#include "object.h"

#if CHAPTER >= CH_WEAKREF
/* WeakValueDictionary, WeakKeyDictionary, WeakSet: CPython writes them in
 * Python (Lib/weakref.py, Lib/_weakrefset.py), minipy in C. */
extern Type weak_value_dict_type, weak_key_dict_type, weak_set_type;
/* weakref.KeyedRef: a ref that remembers the key it is stored under. */
extern Type keyed_ref_type;
/* weakref.WeakMethod and weakref.finalize (weakrefmodule.c). */
extern Type weak_method_type, finalize_type;

/* atexit: call every finalize object still alive whose atexit is true,
 * newest first; afterwards no finalize object runs any more
 * (finalize._exitfunc). runtime_finalize calls it first. */
void weakref_run_exit_finalizers(void);
#endif

#endif
