/* test_specials.c: CUnit tests of the slot wrappers (objects/slots.c):
 * the built-in operations of the C API (object_compare, object_hash,
 * object_is_true, object_len, number_binary, object_iter...) on instances
 * of classes that define special methods, the slots a class statement
 * gives, and the reference counts around each call; the with statement
 * (core/eval_with.c); super() (objects/super.c).
 *
 * Build against every file of code/ but main.c (chapter 12, the whole
 * runtime), with -fsanitize=address,undefined -fno-sanitize-recover=all.
 * Every expected value and message was measured with CPython 3.11.7.
 */
#include "harness.h"
#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "parser.h"
#include "runtime.h"
#include "slots.h"
#include "str.h"
#include "super.h"
#include "tuple.h"

/* ---- helpers ------------------------------------------------------------- */

/* Run `source` as a script in a fresh namespace: the namespace, or NULL
 * (with the exception printed). */
static Object *run(const char *source)
{
    Unit *unit = parse_unit(source, strlen(source), "x.py", PARSE_FILE);
    if (unit == NULL) {
        error_clear();
        fprintf(stderr, "\n  did not parse: %s\n", source);
        return NULL;
    }
    Object *globals = dict_new();
    Object *result = eval_unit(unit, globals);
    unit_drop_arena_objects(unit);
    decref(&unit->base);
    if (result == NULL) {
        Object *exception = error_fetch();
        fprintf(stderr, "\n  %s raised %s\n", source, exception->type->name);
        decref(exception);
        decref(globals);
        return NULL;
    }
    decref(result);
    return globals;
}

static Object *named(Object *globals, const char *name)
{
    return globals ? dict_get_item_cstr(globals, name) : NULL;
}

/* The int attribute `name` of op, or -999. */
static int64_t int_attr(Object *op, const char *name)
{
    Object *value = op ? object_getattr_cstr(op, name) : NULL;
    int64_t result = value && is_int(value) ? INT_VALUE(value) : -999;
    xdecref(value);
    return result;
}

/* ---- the slots a class statement gives ----------------------------------- */

static void test_slots_follow_the_class(void)
{
    Object *g = run("class Plain: pass\n"
                    "class Eq:\n"
                    "    def __eq__(self, other): return True\n"
                    "class EqHash(Eq):\n"
                    "    def __hash__(self): return 7\n"
                    "class Sub(Eq): pass\n");
    CU_ASSERT_FATAL(g != NULL);
    Type *plain = (Type *)named(g, "Plain"), *eq = (Type *)named(g, "Eq");
    Type *eqhash = (Type *)named(g, "EqHash"), *sub = (Type *)named(g, "Sub");
    /* A class without special methods keeps object's slots: no cost. */
    CU_ASSERT(plain->compare == object_type.compare);
    CU_ASSERT(plain->hash == object_type.hash);
    CU_ASSERT(plain->len == NULL && plain->getitem == NULL && plain->call == NULL);
    /* __eq__ without __hash__: `__hash__ = None` in the class, no hash slot. */
    CU_ASSERT(eq->compare != object_type.compare);
    CU_ASSERT(eq->hash == NULL);
    CU_ASSERT(dict_get_item_cstr(eq->dict, "__hash__") == None);
    CU_ASSERT(eqhash->hash != NULL);
    CU_ASSERT(dict_get_item_cstr(eqhash->dict, "__hash__") != None);
    /* A subclass inherits unhashability, and gets no __hash__ of its own. */
    CU_ASSERT(sub->hash == NULL);
    CU_ASSERT(dict_get_item_cstr(sub->dict, "__hash__") == NULL);
    xdecref(g);
}

/* A special method minipy would ignore is refused, not run wrongly; one
 * dispatched elsewhere (__format__) is accepted. */
static void test_undispatched_refused(void)
{
    const char *source = "class A:\n    def __setattr__(self, n, v): pass\n";
    Unit *unit = parse_unit(source, strlen(source), "x.py", PARSE_FILE);
    CU_ASSERT_FATAL(unit != NULL);
    Object *globals = dict_new();
    Object *result = eval_unit(unit, globals);
    CU_ASSERT(result == NULL && raised(&exc_TypeError,
              "class 'A' defines __setattr__, which minipy does not support"));
    unit_drop_arena_objects(unit);
    decref(&unit->base);
    decref(globals);
    Object *g = run("class F:\n    def __format__(self, spec): return 'f'\n");
    CU_ASSERT(g != NULL);
    xdecref(g);
}

/* C.__len__ = f after the class statement: the slot follows. */
static void test_slot_set_later(void)
{
    Object *g = run("class C: pass\n"
                    "c = C()\n"
                    "C.__len__ = lambda self: 3\n"
                    "C.__hash__ = None\n");
    CU_ASSERT_FATAL(g != NULL);
    Object *c = named(g, "c");
    CU_ASSERT(object_len(c) == 3);
    CU_ASSERT(object_is_true(c) == 1);
    CU_ASSERT(object_hash(c) == -1 && raised(&exc_TypeError, "unhashable type: 'C'"));
    xdecref(g);
}

/* del g[name]: 0 or -1. */
static int del_name(Object *g, const char *name)
{
    Object *key = str_from_cstr(name);
    int status = dict_del_item(g, key);
    decref(key);
    return status;
}

/* A special method set on a class reaches the classes already derived
 * from it (Type.subclasses), and a freed subclass leaves the list. */
static void test_slot_reaches_subclasses(void)
{
    Object *g = run("class A: pass\n"
                    "class B(A): pass\n"
                    "class C(B): pass\n"
                    "c = C()\n"
                    "A.__len__ = lambda self: 3\n");
    CU_ASSERT_FATAL(g != NULL);
    Type *a = (Type *)named(g, "A"), *b = (Type *)named(g, "B"), *c = (Type *)named(g, "C");
    CU_ASSERT(object_len(named(g, "c")) == 3);
    CU_ASSERT(a->subclass_count == 1 && a->subclasses[0] == b);
    CU_ASSERT(b->subclass_count == 1 && b->subclasses[0] == c);
    CU_ASSERT(c->subclass_count == 0);
    /* The list does not keep C alive: once C goes, B forgets it. */
    CU_ASSERT_FATAL(del_name(g, "C") == 0 && del_name(g, "c") == 0);
    gc_collect(2);
    CU_ASSERT(b->subclass_count == 0);
    xdecref(g);
}

/* bool defines only repr and & | ^: type_ready gave it int's others. */
static void test_bool_inherits_int(void)
{
    CU_ASSERT(bool_type.add == int_type.add && bool_type.hash == int_type.hash);
    CU_ASSERT(bool_type.compare == int_type.compare && bool_type.neg == int_type.neg);
    CU_ASSERT(bool_type.repr != int_type.repr && bool_type.bit_and != int_type.bit_and);
    CU_ASSERT(bool_type.construct != int_type.construct);
}

/* A class derived from list: its instance is a list (list code reads it)
 * with attributes after it; list.__init__ filled it; a cycle through it
 * and its attributes is collected. */
static void test_list_and_dict_bases(void)
{
    Object *g = run("class L(list): pass\n"
                    "class D(dict):\n"
                    "    def __missing__(self, k): return k * 2\n"
                    "l = L((1, 2))\n"
                    "l.tag = 'x'\n"
                    "d = D(a=1)\n"
                    "m = d[21]\n");
    CU_ASSERT_FATAL(g != NULL);
    Object *l = named(g, "l"), *d = named(g, "d");
    Type *list_class = (Type *)named(g, "L");
    CU_ASSERT(is_list_or_subclass(l) && !is_list(l));
    CU_ASSERT(LIST_SIZE(l) == 2 && object_len(l) == 2);
    CU_ASSERT(list_class->basic_size == sizeof(ListObject) + sizeof(InstanceAttrs));
    Object *m = named(g, "m");
    CU_ASSERT(m != NULL && is_int(m) && INT_VALUE(m) == 42);
    CU_ASSERT(is_dict_or_subclass(d) && DICT_SIZE(d) == 1 && !is_dict(d));
    Object **dict_slot = object_dict_slot(l);
    CU_ASSERT_FATAL(dict_slot != NULL && *dict_slot != NULL);
    CU_ASSERT(dict_get_item_cstr(*dict_slot, "tag") != NULL);
    /* list.__init__ with two arguments: CPython's message. */
    Object *args[2] = {None, None};
    CU_ASSERT(object_call((Object *)list_class, args, 2, NULL) == NULL
              && raised(&exc_TypeError, "list expected at most 1 argument, got 2"));
    gc_collect(2);                      /* what earlier tests left */
    Object *h = run("class N(list): pass\n"
                    "n = N()\n"
                    "n.append(n)\n"
                    "n.me = n\n"
                    "del n\n");
    CU_ASSERT_FATAL(h != NULL);
    CU_ASSERT(gc_collect(2) == 2);      /* the instance and its __dict__ */
    xdecref(h);
    xdecref(g);
}

/* ---- comparisons and hashing --------------------------------------------- */

static void test_compare(void)
{
    Object *g = run("class V:\n"
                    "    def __init__(self, v): self.v = v\n"
                    "    def __eq__(self, o):\n"
                    "        return self.v == o.v if isinstance(o, V) else NotImplemented\n"
                    "    def __lt__(self, o): return self.v < o.v\n"
                    "a = V(1)\nb = V(1)\nc = V(2)\n");
    CU_ASSERT_FATAL(g != NULL);
    Object *a = named(g, "a"), *b = named(g, "b"), *c = named(g, "c");
    intptr_t before = a->refcount;
    CU_ASSERT(object_compare_bool(a, b, CMP_EQ) == 1);
    CU_ASSERT(object_compare_bool(a, b, CMP_NE) == 0);     /* __eq__ inverted */
    CU_ASSERT(object_compare_bool(a, c, CMP_LT) == 1);
    CU_ASSERT(object_compare_bool(c, a, CMP_GT) == 1);     /* reflected __lt__ */
    CU_ASSERT(a->refcount == before);                       /* nothing kept */
    /* NotImplemented both ways: == falls back to identity. */
    Object *one = int_from_i64(1);
    CU_ASSERT(object_compare_bool(a, one, CMP_EQ) == 0);
    CU_ASSERT(object_compare_bool(a, a, CMP_EQ) == 1);
    Object *result = object_compare(one, a, CMP_GE);
    CU_ASSERT(result == NULL
              && raised(&exc_TypeError, "'>=' not supported between instances of 'int' and 'V'"));
    decref(one);
    xdecref(g);
}

static void test_hash(void)
{
    Object *g = run("class H:\n"
                    "    def __init__(self, h): self.h = h\n"
                    "    def __hash__(self): return self.h\n"
                    "m = H(-1)\nbig = H(55340232221128654853)\ns = H('x')\nk = H(12345)\n");
    CU_ASSERT_FATAL(g != NULL);
    CU_ASSERT(object_hash(named(g, "k")) == 12345);
    CU_ASSERT(object_hash(named(g, "m")) == -2);            /* -1 means error */
    /* Too big for 64 bits (3 * 2**64 + 5): the int's own hash, 29 (mod
     * 2**61 - 1, and 2**64 is 8 there). */
    CU_ASSERT(object_hash(named(g, "big")) == 29);
    CU_ASSERT(object_hash(named(g, "s")) == -1
              && raised(&exc_TypeError, "__hash__ method should return an integer"));
    xdecref(g);
}

/* ---- truth and length ---------------------------------------------------- */

static void test_truth_and_len(void)
{
    Object *g = run("class B:\n"
                    "    def __init__(self, r): self.r = r\n"
                    "    def __bool__(self): return self.r\n"
                    "class L:\n"
                    "    def __init__(self, n): self.n = n\n"
                    "    def __len__(self): return self.n\n"
                    "t = B(True)\nf = B(False)\ni = B(1)\n"
                    "zero = L(0)\nthree = L(3)\nneg = L(-1)\ntext = L('3')\n");
    CU_ASSERT_FATAL(g != NULL);
    CU_ASSERT(object_is_true(named(g, "t")) == 1);
    CU_ASSERT(object_is_true(named(g, "f")) == 0);
    CU_ASSERT(object_is_true(named(g, "i")) == -1
              && raised(&exc_TypeError, "__bool__ should return bool, returned int"));
    CU_ASSERT(object_is_true(named(g, "zero")) == 0);       /* truth from __len__ */
    CU_ASSERT(object_is_true(named(g, "three")) == 1);
    CU_ASSERT(object_len(named(g, "three")) == 3);
    CU_ASSERT(object_len(named(g, "neg")) == -1
              && raised(&exc_ValueError, "__len__() should return >= 0"));
    CU_ASSERT(object_len(named(g, "text")) == -1
              && raised(&exc_TypeError, "'str' object cannot be interpreted as an integer"));
    CU_ASSERT(object_len(named(g, "t")) == -1
              && raised(&exc_TypeError, "object of type 'B' has no len()"));
    xdecref(g);
}

/* ---- numbers ------------------------------------------------------------- */

static void test_numbers(void)
{
    Object *g = run("class N:\n"
                    "    def __init__(self, v): self.v = v\n"
                    "    def __add__(self, o):\n"
                    "        return N(self.v + o) if isinstance(o, int) else NotImplemented\n"
                    "    def __radd__(self, o): return N(o * 100 + self.v)\n"
                    "    def __iadd__(self, o):\n"
                    "        self.v += o\n"
                    "        return self\n"
                    "    def __neg__(self): return N(-self.v)\n"
                    "class P: pass\n"
                    "n = N(5)\np = P()\n");
    CU_ASSERT_FATAL(g != NULL);
    Object *n = named(g, "n"), *p = named(g, "p");
    Object *two = int_from_i64(2);
    Object *sum = number_binary(n, two, '+');
    CU_ASSERT(int_attr(sum, "v") == 7);
    Object *rsum = number_binary(two, n, '+');               /* int declines, __radd__ */
    CU_ASSERT(int_attr(rsum, "v") == 205);
    Object *neg = number_negative(n);
    CU_ASSERT(int_attr(neg, "v") == -5);
    Object *same = slots_inplace(n, two, '+');
    CU_ASSERT(same == n);
    Object *declined = slots_inplace(p, two, '+');
    CU_ASSERT(declined == NotImplemented);
    CU_ASSERT(number_inplace(p, two, '-') == NULL
              && raised(&exc_TypeError, "unsupported operand type(s) for -=: 'P' and 'int'"));
    CU_ASSERT(number_binary(n, n, '+') == NULL
              && raised(&exc_TypeError, "unsupported operand type(s) for +: 'N' and 'N'"));
    CU_ASSERT(number_negative(p) == NULL
              && raised(&exc_TypeError, "bad operand type for unary -: 'P'"));
    xdecref(sum);
    xdecref(rsum);
    xdecref(neg);
    xdecref(same);
    xdecref(declined);
    decref(two);
    xdecref(g);
}

/* ---- items, iteration, calls, attributes --------------------------------- */

static void test_items_and_iteration(void)
{
    Object *g = run("class Sq:\n"
                    "    def __getitem__(self, i):\n"
                    "        if i >= 3: raise IndexError(i)\n"
                    "        return i * i\n"
                    "class Down:\n"
                    "    def __init__(self): self.n = 2\n"
                    "    def __iter__(self): return self\n"
                    "    def __next__(self):\n"
                    "        if self.n == 0: raise StopIteration\n"
                    "        self.n -= 1\n"
                    "        return self.n\n"
                    "sq = Sq()\ndown = Down()\n");
    CU_ASSERT_FATAL(g != NULL);
    Object *it = object_iter(named(g, "sq"));               /* __getitem__ iteration */
    CU_ASSERT_FATAL(it != NULL);
    CU_ASSERT(it->type == &seqiter_type);
    int64_t total = 0;
    Object *item;
    while ((item = iter_next(it)) != NULL) {
        total += INT_VALUE(item);
        decref(item);
    }
    CU_ASSERT(!error_occurred() && total == 0 + 1 + 4);
    decref(it);
    Object *four = int_from_i64(4);
    CU_ASSERT(object_contains(named(g, "sq"), four) == 1);
    decref(four);
    /* StopIteration from __next__: exhausted, no exception left. */
    Object *down = named(g, "down");
    CU_ASSERT(object_iter(down) == down && down->refcount >= 2);
    decref(down);
    Object *first = iter_next(down), *second = iter_next(down), *third = iter_next(down);
    CU_ASSERT(first && INT_VALUE(first) == 1 && second && INT_VALUE(second) == 0);
    CU_ASSERT(third == NULL && !error_occurred());
    xdecref(first);
    xdecref(second);
    xdecref(g);
}

static void test_call_and_getattr(void)
{
    Object *g = run("class F:\n"
                    "    def __call__(self, a, b=10): return a + b\n"
                    "    def __getattr__(self, name): return name + '!'\n"
                    "    real = 'class attribute'\n"
                    "f = F()\n");
    CU_ASSERT_FATAL(g != NULL);
    Object *f = named(g, "f");
    Object *args[2] = {int_from_i64(1), int_from_i64(2)};
    intptr_t before = args[0]->refcount;
    Object *result = object_call(f, args, 2, NULL);
    CU_ASSERT(result != NULL && INT_VALUE(result) == 3);
    CU_ASSERT(args[0]->refcount == before);
    xdecref(result);
    Object *missing = object_getattr_cstr(f, "color");
    CU_ASSERT(missing != NULL && str_equal_cstr(missing, "color!"));
    Object *real = object_getattr_cstr(f, "real");           /* found: no __getattr__ */
    CU_ASSERT(real != NULL && str_equal_cstr(real, "class attribute"));
    xdecref(missing);
    xdecref(real);
    decref(args[0]);
    decref(args[1]);
    xdecref(g);
}

/* ---- the with statement (eval_with.c) ------------------------------------ */

static void test_with(void)
{
    Object *g = run("log = []\n"
                    "class CM:\n"
                    "    def __init__(self, swallow): self.swallow = swallow\n"
                    "    def __enter__(self):\n"
                    "        log.append('enter')\n"
                    "        return 7\n"
                    "    def __exit__(self, t, v, tb):\n"
                    "        log.append(t)\n"
                    "        return self.swallow\n"
                    "with CM(True) as seven, CM(True):\n"
                    "    raise KeyError(1)\n"
                    "def f():\n"
                    "    with CM(False):\n"
                    "        return 'kept'\n"
                    "result = f()\n"
                    "try:\n"
                    "    with CM(False):\n"
                    "        1 / 0\n"
                    "except ZeroDivisionError:\n"
                    "    caught = True\n");
    CU_ASSERT_FATAL(g != NULL);
    CU_ASSERT(INT_VALUE(named(g, "seven")) == 7);
    Object *result = named(g, "result");
    CU_ASSERT(result != NULL && is_str(result) && str_equal_cstr(result, "kept"));
    CU_ASSERT(named(g, "caught") == True);
    Object *log = named(g, "log");
    /* enter, enter, KeyError (inner swallows it), None (outer: nothing
     * left), enter, None (return), enter, ZeroDivisionError. */
    CU_ASSERT_FATAL(log != NULL && LIST_SIZE(log) == 8);
    CU_ASSERT(LIST_ITEMS(log)[2] == (Object *)&exc_KeyError);
    CU_ASSERT(LIST_ITEMS(log)[3] == None && LIST_ITEMS(log)[5] == None);
    CU_ASSERT(LIST_ITEMS(log)[7] == (Object *)&exc_ZeroDivisionError);
    xdecref(g);
    /* Not a context manager: CPython's TypeError, and __exit__ is looked
     * up on the type only. */
    Unit *unit = parse_unit("with 1:\n    pass\n", 16, "x.py", PARSE_FILE);
    CU_ASSERT_FATAL(unit != NULL);
    Object *globals = dict_new();
    Object *none = eval_unit(unit, globals);
    CU_ASSERT(none == NULL && raised(&exc_TypeError,
              "'int' object does not support the context manager protocol"));
    unit_drop_arena_objects(unit);
    decref(&unit->base);
    decref(globals);
}

/* ---- super() and issubclass() (objects/super.c) --------------------------- */

static void test_super(void)
{
    Object *g = run("class A:\n"
                    "    def who(self): return 'A'\n"
                    "class B(A):\n"
                    "    def who(self): return 'B' + super().who()\n"
                    "class C(B):\n"
                    "    def who(self): return 'C' + super().who()\n"
                    "    def skip(self): return super(B, self).who()\n"
                    "class E(Exception):\n"
                    "    def __init__(self, a, b):\n"
                    "        super().__init__(a + b)\n"
                    "chain = C().who()\nskipped = C().skip()\nargs = E(1, 2).args\n"
                    "sub = issubclass(C, (int, A))\n");
    CU_ASSERT_FATAL(g != NULL);
    CU_ASSERT(str_equal_cstr(named(g, "chain"), "CBA"));
    CU_ASSERT(str_equal_cstr(named(g, "skipped"), "A"));
    Object *args = named(g, "args");                        /* BaseException.__init__ */
    CU_ASSERT(args != NULL && is_tuple(args) && TUPLE_SIZE(args) == 1
              && INT_VALUE(TUPLE_ITEMS(args)[0]) == 3);
    CU_ASSERT(named(g, "sub") == True);
    xdecref(g);
    /* Outside a method: CPython's RuntimeError. */
    Object *none = object_call((Object *)&super_type, NULL, 0, NULL);
    CU_ASSERT(none == NULL && raised(&exc_RuntimeError, "super(): no arguments"));
}

/* ---- several bases: C3 (objects/mro.c) ------------------------------------ */

/* A class made as the class statement makes it, with these bases. */
static Object *make_class(const char *name, Object *bases)
{
    Object *namespace = dict_new();
    Object *text = str_from_cstr(name);
    Type *base = TUPLE_SIZE(bases) ? class_best_base(bases) : &object_type;
    Object *class = base ? class_new(text, base, TUPLE_SIZE(bases) ? bases : NULL, namespace)
        : NULL;
    decref(text);
    decref(namespace);
    return class;
}

/* The names along a MRO tuple, joined by spaces, in `out`. */
static void mro_names(Object *mro, char *out, size_t size)
{
    out[0] = '\0';
    for (intptr_t i = 0; mro != NULL && i < TUPLE_SIZE(mro); i++) {
        strncat(out, ((Type *)TUPLE_ITEMS(mro)[i])->name, size - strlen(out) - 1);
        strncat(out, " ", size - strlen(out) - 1);
    }
}

/* The merge itself, on the classic example of the C3 paper (also
 * Python's "The Python 2.3 Method Resolution Order"), then its failure. */
static void test_c3_merge(void)
{
    Object *empty = tuple_new(0);
    Object *o = make_class("O", empty);
    Object *a = make_class("A", empty), *b = make_class("B", empty);
    Object *x = make_class("X", empty), *y = make_class("Y", empty);
    Object *ab = tuple_pack(2, a, b), *ba = tuple_pack(2, b, a);
    Object *k1 = make_class("K1", ab), *k2 = make_class("K2", ba);
    CU_ASSERT_FATAL(o && a && b && k1 && k2);
    char names[128];
    mro_names(((Type *)k1)->mro, names, sizeof names);
    CU_ASSERT_STRING_EQUAL(names, "K1 A B object ");
    Object *xy = tuple_pack(3, x, k1, y);
    Object *z = make_class("Z", xy);
    mro_names(z ? ((Type *)z)->mro : NULL, names, sizeof names);
    CU_ASSERT_STRING_EQUAL(names, "Z X K1 A B Y object ");
    /* K1 puts A before B, K2 B before A: no order keeps both. */
    Object *both = tuple_pack(2, k1, k2);
    CU_ASSERT(mro_compute((Type *)o, both) == NULL
              && raised(&exc_TypeError, "Cannot create a consistent method resolution\n"
                                        "order (MRO) for bases A, B"));
    Object *twice = tuple_pack(2, a, a);
    CU_ASSERT(mro_compute((Type *)o, twice) == NULL
              && raised(&exc_TypeError, "duplicate base class A"));
    Object *objs[] = {empty, o, a, b, x, y, ab, ba, k1, k2, xy, z, both, twice};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        xdecref(objs[i]);
}

/* The layout: two built-in exceptions with fields of their own cannot be
 * combined; a class defined in Python after a built-in one is refused. */
static void test_best_base(void)
{
    Object *conflict = tuple_pack(2, &exc_OSError, &exc_SystemExit);
    CU_ASSERT(class_best_base(conflict) == NULL
              && raised(&exc_TypeError, "multiple bases have instance lay-out conflict"));
    Object *fine = tuple_pack(2, &exc_KeyError, &exc_ValueError);
    CU_ASSERT(class_best_base(fine) == &exc_KeyError);
    Object *g = run("class M: pass\nclass E(M, ValueError): pass\n");
    CU_ASSERT_FATAL(g != NULL);
    CU_ASSERT(((Type *)named(g, "E"))->parent == &exc_ValueError);
    Object *after = tuple_pack(2, &exc_ValueError, named(g, "M"));
    CU_ASSERT(make_class("F", after) == NULL
              && raised(&exc_TypeError, "minipy: class 'F' cannot have 'M' after the built-in "
                        "'ValueError' in its MRO (list the base derived from a built-in "
                        "exception last)"));
    decref(conflict);
    decref(fine);
    decref(after);
    decref(g);
}

/* Lookups follow the MRO into the second base: a slot, super(). */
static void test_second_base(void)
{
    Object *g = run("class A:\n    def who(self): return 'A'\n"
                    "class B(A):\n    def who(self): return 'B' + super().who()\n"
                    "class C(A):\n    def who(self): return 'C' + super().who()\n"
                    "    def __len__(self): return 5\n"
                    "class D(B, C):\n    def who(self): return 'D' + super().who()\n"
                    "chain = D().who()\nn = len(D())\nsub = issubclass(D, C)\n");
    CU_ASSERT_FATAL(g != NULL);
    CU_ASSERT(str_equal_cstr(named(g, "chain"), "DBCA"));
    CU_ASSERT(named(g, "n") != NULL && INT_VALUE(named(g, "n")) == 5);
    CU_ASSERT(named(g, "sub") == True);
    decref(g);
}

/* ---- the suite ----------------------------------------------------------- */


static const TestEntry tests[] = {
    {"the slots a class statement gives", test_slots_follow_the_class},
    {"a special method set after the class statement", test_slot_set_later},
    {"special methods minipy does not dispatch are refused", test_undispatched_refused},
    {"rich comparisons, NotImplemented, reflection", test_compare},
    {"__hash__ results", test_hash},
    {"__bool__ and __len__", test_truth_and_len},
    {"arithmetic, reflected and in-place", test_numbers},
    {"items and iteration", test_items_and_iteration},
    {"__call__ and __getattr__", test_call_and_getattr},
    {"the with statement", test_with},
    {"super() and issubclass()", test_super},
    {"the C3 merge and its errors", test_c3_merge},
    {"the base that lays instances out", test_best_base},
    {"lookups reach the second base", test_second_base},
    {"a slot set later reaches existing subclasses", test_slot_reaches_subclasses},
    {"bool takes int's slots from type_ready", test_bool_inherits_int},
    {"classes derived from list and dict", test_list_and_dict_bases},
};

int main(void)
{
    return RUN_SUITE("specials", tests, CU_BRM_NORMAL);
}
