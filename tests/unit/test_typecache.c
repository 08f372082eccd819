/* test_typecache.c: CUnit tests of the type attribute cache
 * (objects/typecache.c) and of the per-site caches of instance attributes
 * (AttrCache, objects/instance_values.c): which classes get version tags,
 * which changes take them away, that a freed name leaves the table, when
 * a method site may serve its function, and what a class refuses to have
 * instead of taking it silently.
 *
 * Build against every file of code/ but main.c (chapter 12, the whole
 * runtime), with -fsanitize=address,undefined -fno-sanitize-recover=all.
 * The CPython messages were measured with CPython 3.11.7.
 */
#include "harness.h"
#include <stdio.h>
#include <string.h>

#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "parser.h"
#include "runtime.h"
#include "str.h"
#include "typecache.h"

/* ---- helpers ------------------------------------------------------------- */

/* Run `source` in `globals` (borrowed): 0, or -1 with the exception left
 * pending for the test to check. */
static int run_in(Object *globals, const char *source)
{
    Unit *unit = parse_unit(source, strlen(source), "x.py", PARSE_FILE);
    if (unit == NULL)
        return -1;
    Object *result = eval_unit(unit, globals);
    unit_drop_arena_objects(unit);
    decref(&unit->base);
    xdecref(result);
    return result == NULL ? -1 : 0;
}

static Type *class_named(Object *globals, const char *name)
{
    Object *value = dict_get_item_cstr(globals, name);
    return value != NULL && is_type(value) ? (Type *)value : NULL;
}

/* Does some entry of the table have this key? */
static bool cache_holds_key(const void *key)
{
    for (int set = 0; set < TYPE_CACHE_SETS; set++)
        for (int way = 0; way < TYPE_CACHE_WAYS; way++)
            if (runtime.type_cache.sets[set][way].key == key)
                return true;
    return false;
}

/* ---- version tags ------------------------------------------------------------ */

/* A lookup tags the class and every class above it; a change takes the
 * tags of the class changed and of the classes below it, not above. */
static void test_tags_follow_changes(void)
{
    Object *g = dict_new();
    CU_ASSERT_FATAL(run_in(g, "class A:\n    x = 1\nclass B(A): pass\nclass C(B): pass\n"
                              "class Other: pass\n") == 0);
    Type *a = class_named(g, "A"), *b = class_named(g, "B"), *c = class_named(g, "C");
    Type *other = class_named(g, "Other");
    CU_ASSERT_FATAL(a && b && c && other);
    CU_ASSERT(type_version(&object_type) == 0);     /* built-in: never tagged */
    Object *name = str_intern_cstr("x");
    CU_ASSERT(type_lookup(c, name) == dict_get_item(a->dict, name));
    CU_ASSERT(a->version_tag != 0 && b->version_tag != 0 && c->version_tag != 0);
    CU_ASSERT(a->version_tag != b->version_tag && b->version_tag != c->version_tag);
    type_version(other);
    uint32_t other_tag = other->version_tag;
    CU_ASSERT(run_in(g, "B.y = 2\n") == 0);
    CU_ASSERT(a->version_tag != 0);
    CU_ASSERT(b->version_tag == 0 && c->version_tag == 0);
    CU_ASSERT(other->version_tag == other_tag);
    /* The change is seen, under a new tag. */
    uint32_t a_tag = a->version_tag;
    CU_ASSERT(run_in(g, "A.x = 5\nassert C.x == 5 and C().x == 5\n") == 0);
    CU_ASSERT(a->version_tag != 0 && a->version_tag != a_tag);
    decref(name);
    decref(g);
}

/* A name the cache keeps only by address leaves the table when it is
 * freed, so that a new str at the same address is never taken for it. */
static void test_freed_name_forgotten(void)
{
    Object *g = dict_new();
    CU_ASSERT_FATAL(run_in(g, "class A:\n    pass\n") == 0);
    Type *a = class_named(g, "A");
    CU_ASSERT_FATAL(a != NULL);
    Object *text = str_from_cstr("a_name_no_program_uses");
    Object *name = str_intern(text);
    decref(text);
    CU_ASSERT(type_lookup(a, name) == NULL);
    CU_ASSERT(cache_holds_key(name));
    const void *address = name;
    decref(name);                               /* the last reference */
    CU_ASSERT(!cache_holds_key(address));
    decref(g);
}

/* ---- the sites of instance attributes --------------------------------------- */

/* A site remembers the class's tag and the name's slot; a change of the
 * class leaves the site's tag behind, and it learns the new one. */
static void test_site_cache(void)
{
    Object *g = dict_new();
    CU_ASSERT_FATAL(run_in(g, "class P:\n"
                              "    def __init__(self):\n"
                              "        self.a = 1\n"
                              "        self.b = 2\n"
                              "def read(p):\n"
                              "    return p.b\n"
                              "p = P()\n"
                              "assert read(p) == 2\n") == 0);
    Type *p = class_named(g, "P");
    CU_ASSERT_FATAL(p != NULL);
    uint32_t tag = p->version_tag;
    CU_ASSERT(tag != 0);
    CU_ASSERT(run_in(g, "P.c = 3\nassert read(p) == 2 and p.c == 3\n") == 0);
    CU_ASSERT(p->version_tag != tag);
    CU_ASSERT(run_in(g, "del p.b\nP.b = 'class'\nassert read(p) == 'class'\n") == 0);
    decref(g);
}

/* A method site remembers the function only for an instance without a
 * dict, and serves it only while nothing of the instance's own hides it
 * and the class keeps its tag: a name the class's instances had never
 * been given, once given, changes the tag. */
static void test_method_site_cache(void)
{
    Object *g = dict_new();
    CU_ASSERT_FATAL(run_in(g, "class P:\n"
                              "    def __init__(self):\n"
                              "        self.a = 1\n"
                              "    def m(self):\n"
                              "        return 1\n"
                              "class Q(P): pass\n"
                              "class G(P):\n"
                              "    def __getattr__(self, name):\n"
                              "        return name\n"
                              "p, q, r, s, sub, hooked = P(), P(), P(), P(), Q(), G()\n"
                              "q.__dict__\n") == 0);
    Type *p_class = class_named(g, "P");
    CU_ASSERT_FATAL(p_class != NULL);
    Object *name = str_intern_cstr("m");
    Object *m = dict_get_item(p_class->dict, name);
    Object *p = dict_get_item_cstr(g, "p"), *q = dict_get_item_cstr(g, "q");
    Object *r = dict_get_item_cstr(g, "r"), *s = dict_get_item_cstr(g, "s");
    CU_ASSERT_FATAL(m != NULL && p && q && r && s);
    AttrCache cache = {0, ATTR_NO_SLOT, 0, NULL};
    method_cache_fill(q, name, m, &cache);              /* q has a dict */
    CU_ASSERT(cache.version == 0 && method_cache_load(q, &cache) == NULL);
    method_cache_fill(dict_get_item_cstr(g, "hooked"), name, m, &cache);
    CU_ASSERT(cache.version == 0);                      /* __getattr__ */
    method_cache_fill(p, name, m, &cache);
    CU_ASSERT(cache.version == p_class->version_tag && cache.index == ATTR_NO_SLOT);
    CU_ASSERT(method_cache_load(p, &cache) == m && method_cache_load(r, &cache) == m);
    CU_ASSERT(method_cache_load(q, &cache) == NULL);
    CU_ASSERT(method_cache_load(dict_get_item_cstr(g, "sub"), &cache) == NULL);
    /* "m" becomes a shared key: the old tag serves nobody. */
    CU_ASSERT(run_in(g, "p.m = 5\n") == 0);
    CU_ASSERT(p_class->version_tag != cache.version);
    CU_ASSERT(method_cache_load(p, &cache) == NULL && method_cache_load(r, &cache) == NULL);
    /* A site that missed is filled again at its 16th miss, under the new
     * tag; the slot of "m" then tells who hides the method. */
    for (int miss = 1; miss < 16; miss++)
        method_cache_fill(r, name, m, &cache);
    CU_ASSERT(cache.version != p_class->version_tag);
    method_cache_fill(r, name, m, &cache);
    CU_ASSERT(cache.version == p_class->version_tag && cache.index != ATTR_NO_SLOT);
    CU_ASSERT(method_cache_load(r, &cache) == m && method_cache_load(p, &cache) == NULL);
    CU_ASSERT(run_in(g, "del p.m\n") == 0);
    CU_ASSERT(method_cache_load(p, &cache) == m);
    CU_ASSERT(run_in(g, "s.m = None\n") == 0);        /* a known key: no new tag */
    CU_ASSERT(method_cache_load(s, &cache) == NULL && method_cache_load(r, &cache) == m);
    /* The class changes: the site must look again, and run the new
     * function (`call` is the site; it misses 16 times, then hits). */
    CU_ASSERT(run_in(g, "P.m = lambda self: 2\n") == 0);
    CU_ASSERT(method_cache_load(r, &cache) == NULL);
    CU_ASSERT(run_in(g, "def call(o):\n    return o.m()\n"
                        "assert [call(r) for i in range(40)] == [2] * 40\n"
                        "P.m = lambda self: 3\n"
                        "assert [call(r) for i in range(40)] == [3] * 40\n") == 0);
    decref(name);
    decref(g);
}

/* ---- what a class refuses ------------------------------------------------------- */

static void test_class_attributes_refused(void)
{
    Object *g = dict_new();
    CU_ASSERT_FATAL(run_in(g, "class A: pass\nclass B: pass\n") == 0);
    CU_ASSERT(run_in(g, "A.__bases__ = (B,)\n") < 0
              && raised(&exc_TypeError, "minipy cannot change the __bases__ of class 'A'"));
    CU_ASSERT(run_in(g, "A.__name__ = 'Z'\n") < 0
              && raised(&exc_TypeError, "minipy cannot change the __name__ of class 'A'"));
    CU_ASSERT(run_in(g, "A.__setattr__ = lambda self, n, v: None\n") < 0
              && raised(&exc_TypeError,
                        "class 'A' cannot take __setattr__, which minipy does not support"));
    CU_ASSERT(run_in(g, "A.__mro__ = ()\n") < 0
              && raised(&exc_AttributeError, "readonly attribute"));
    CU_ASSERT(run_in(g, "class S:\n    __slots__ = ('a',)\n") < 0
              && raised(&exc_TypeError,
                        "class 'S' defines __slots__, which minipy does not support"));
    CU_ASSERT(run_in(g, "B.__slots__ = ('a',)\n") == 0);  /* later, as for CPython: inert */
    /* Nothing was stored. */
    Type *a = class_named(g, "A");
    CU_ASSERT(a != NULL && dict_get_item_cstr(a->dict, "__bases__") == NULL
              && dict_get_item_cstr(a->dict, "__setattr__") == NULL
              && dict_get_item_cstr(a->dict, "__mro__") == NULL);
    decref(g);
}

static const TestEntry tests[] = {
    {"version tags follow class changes", test_tags_follow_changes},
    {"a freed name leaves the table", test_freed_name_forgotten},
    {"the cache of an attribute site", test_site_cache},
    {"the cache of a method site", test_method_site_cache},
    {"class attributes minipy refuses", test_class_attributes_refused},
};

int main(void)
{
    return RUN_SUITE("typecache", tests, CU_BRM_NORMAL);
}
