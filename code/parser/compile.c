/* compile.c: the last step of the front end, from a syntax tree to code
 * objects.
 *
 * minipy walks the tree instead of running bytecode, so "compiling" keeps
 * only the parts of CPython's compiler that decide where objects live:
 *   1. scopes (symtable.c): one Code per def, lambda and class body, and
 *      what each name is in each of them (local, cell, free, global);
 *   2. constants (this file): equal constants of the whole unit become one
 *      object, the first one met, and each Code keeps its own list of the
 *      constants it uses, as co_consts does. From chapter 2 on,
 *      identifier-like strings among them are interned, as CPython 3.11's
 *      code objects intern them.
 * Both passes also raise the SyntaxErrors that CPython's compiler raises
 * ("'return' outside function", "'break' outside loop", ...).
 * The Code and Unit objects are in unit.c, the arena in arena.c.
 * CPython: Python/compile.c and Python/ast_opt.c (constant folding).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "compile_internal.h"

/* ---- errors ------------------------------------------------------------------ */

int compile_error(Unit *unit, int line, int col, const char *fmt, ...)
{
    char message[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    return unit_syntax_error(unit, &exc_SyntaxError, line, col, message);
}

/* ---- pass 2: constants and control flow --------------------------------------
 * The merge table holds one object per distinct constant of the unit (by
 * type and value, so 1, 1.0 and True stay apart, and so do 0.0 and -0.0);
 * each code has an identity table so that its list holds a constant once. */

typedef struct ConstTable {
    Object **slots;         /* open addressing; NULL = empty */
    size_t capacity, count;
    bool by_value;
    bool owns;              /* holds a reference to each entry */
} ConstTable;

static uint64_t mix(uint64_t h, uint64_t value)
{
    h ^= value;
    return h * 0x100000001b3ULL;    /* FNV-1a's prime */
}

static uint64_t value_hash(Object *op)
{
    uint64_t h = mix(0xcbf29ce484222325ULL, (uint64_t)(uintptr_t)op->type);
    if (is_str(op)) {
        for (size_t i = 0; i < STR_SIZE(op); i++)
            h = mix(h, (unsigned char)STR_DATA(op)[i]);
    } else if (is_float(op)) {
        uint64_t bits;
        double value = FLOAT_VALUE(op);
        memcpy(&bits, &value, sizeof bits);
        h = mix(h, bits);
    } else if (object_is_type(op, &int_type)) {
        h = mix(h, (uint64_t)int_hash(op));
    } else if (is_tuple(op)) {
        for (intptr_t i = 0; i < TUPLE_SIZE(op); i++)
            h = mix(h, value_hash(TUPLE_ITEMS(op)[i]));
    } else {
        h = mix(h, (uint64_t)(uintptr_t)op);
    }
    return h;
}

/* Same type and same value. Floats compare by bits: -0.0 is not 0.0
 * (CPython's _PyCode_ConstantKey keeps them apart too). */
static bool same_constant(Object *a, Object *b)
{
    if (a == b)
        return true;
    if (a->type != b->type)
        return false;
    if (is_str(a))
        return STR_SIZE(a) == STR_SIZE(b)
            && memcmp(STR_DATA(a), STR_DATA(b), STR_SIZE(a)) == 0;
    if (is_float(a)) {
        double x = FLOAT_VALUE(a), y = FLOAT_VALUE(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (object_is_type(a, &int_type))
        return int_same_value(a, b);
    if (is_tuple(a)) {
        if (TUPLE_SIZE(a) != TUPLE_SIZE(b))
            return false;
        for (intptr_t i = 0; i < TUPLE_SIZE(a); i++) {
            if (!same_constant(TUPLE_ITEMS(a)[i], TUPLE_ITEMS(b)[i]))
                return false;
        }
        return true;
    }
    return false;
}

static size_t slot_of(const ConstTable *table, Object *op)
{
    uint64_t h = table->by_value ? value_hash(op) : mix(0, (uint64_t)(uintptr_t)op);
    size_t i = (size_t)(h & (table->capacity - 1));
    for (;; i = (i + 1) & (table->capacity - 1)) {
        Object *there = table->slots[i];
        if (there == NULL || there == op || (table->by_value && same_constant(there, op)))
            return i;
    }
}

static void table_grow(ConstTable *table)
{
    ConstTable bigger = *table;
    bigger.capacity = table->capacity ? table->capacity * 2 : 16;
    bigger.slots = mem_alloc(bigger.capacity * sizeof(Object *));
    memset(bigger.slots, 0, bigger.capacity * sizeof(Object *));
    for (size_t i = 0; i < table->capacity; i++) {
        if (table->slots[i] != NULL)
            bigger.slots[slot_of(&bigger, table->slots[i])] = table->slots[i];
    }
    mem_free(table->slots, table->capacity * sizeof(Object *));
    *table = bigger;
}

/* The entry equal to op (borrowed from the table), or NULL. */
static Object *table_find(ConstTable *table, Object *op)
{
    if (table->capacity == 0)
        return NULL;
    return table->slots[slot_of(table, op)];
}

static void table_add(ConstTable *table, Object *op)
{
    if ((table->count + 1) * 2 > table->capacity)
        table_grow(table);
    table->slots[slot_of(table, op)] = table->owns ? incref(op) : op;
    table->count++;
}

static void table_free(ConstTable *table)
{
    for (size_t i = 0; table->owns && i < table->capacity; i++)
        xdecref(table->slots[i]);
    mem_free(table->slots, table->capacity * sizeof(Object *));
}

typedef struct Compiler {
    Unit *unit;
    ConstTable merged;      /* the unit's constants, by value (owning) */
    Code *code;             /* the code being filled */
    ConstTable in_code;     /* its constants, by identity */
    int loops;              /* loops around here, within this code */
    bool in_function;
} Compiler;

#if CHAPTER >= CH_INTERNING
/* CPython 3.11 interns the str constants made only of ASCII letters,
 * digits and underscores (all_name_chars in codeobject.c). */
static bool looks_like_name(Object *s)
{
    for (size_t i = 0; i < STR_SIZE(s); i++) {
        char c = STR_DATA(s)[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}
#endif

static Object *merge_constant(Compiler *c, Object *value);

/* A tuple constant met for the first time gets the unit's objects as its
 * items (merge_consts_recursive in CPython's compile.c): in
 * `y = 54321; t = (54321, 1)`, t[0] is y. The tuple is a fresh folded one,
 * so changing it in place is safe. */
static void merge_items(Compiler *c, Object *tuple)
{
    for (intptr_t i = 0; i < TUPLE_SIZE(tuple); i++) {
        Object *item = TUPLE_ITEMS(tuple)[i];
        Object *merged = merge_constant(c, item);
        if (merged != item) {
            TUPLE_ITEMS(tuple)[i] = incref(merged);
            decref(item);
        }
    }
}

/* region merge-constants */
/* The unit's one object for this constant value: the first one met. */
static Object *merge_constant(Compiler *c, Object *value)
{
    Object *known = table_find(&c->merged, value);
    if (known != NULL)
        return known;
    if (is_tuple(value))
        merge_items(c, value);
#if CHAPTER >= CH_INTERNING
    if (is_str(value) && looks_like_name(value)) {
        Object *interned = str_intern(value);
        table_add(&c->merged, interned);
        decref(interned);
        return interned;
    }
#endif
    table_add(&c->merged, value);
    return value;
}
/* endregion */

/* Point the node at the merged constant, and put that in the code's
 * constants once. None, True and False are the static singletons. */
static void use_constant(Compiler *c, Node *node)
{
    Object *value = node->as.constant.value;
    if (value == None || value == True || value == False)
        return;
    Object *merged = merge_constant(c, value);
    node->as.constant.constant = merged;
    if (table_find(&c->in_code, merged) == NULL) {
        table_add(&c->in_code, merged);
        code_add_constant(c->code, merged);
    }
}

/* ---- constant folding ----------------------------------------------------
 * CPython's AST optimizer (Python/ast_opt.c) computes, before compiling,
 * every expression whose operands are all constants: -1000, 1000 * 3,
 * "ab" * 2, (1, 2, "x"), "abc"[0]. The result is a new constant object kept
 * in the arena, and it is merged with equal constants like any literal, so
 * `a = 1000 * 3; b = 3000; a is b` holds in a script. */

/* CPython refuses to fold results that would bloat the code's constants. */
#define FOLD_MAX_STR_SIZE 4096
#define FOLD_MAX_COLLECTION_SIZE 256

static bool is_constant_node(const Node *node)
{
    return node->kind == EXPR_CONSTANT;
}

/* The node becomes a constant holding `value` (new reference), or stays as
 * it is when computing the value failed: the error then happens at run time. */
static void make_constant(Compiler *c, Node *node, Object *value)
{
    if (value == NULL) {
        error_clear();
        return;
    }
    node->kind = EXPR_CONSTANT;
    node->as.constant.value = arena_keep(c->unit, value);
    node->as.constant.constant = node->as.constant.value;
}

/* safe_power and safe_lshift in ast_opt.c: an int result of at most 128
 * bits (MAX_INT_SIZE); a negative or huge count is left to run time. */
static bool foldable_power_or_shift(int op, Object *left, Object *right)
{
    if (!is_int(left) || !is_int(right) || !int_is_true(left) || !int_is_true(right))
        return true;
    if (op == 'p' && int_is_negative(right))
        return true;                    /* 2 ** -1 is folded to 0.5 */
    int64_t count;
    if (int_is_negative(right) || int_to_i64(right, &count) < 0)
        return false;
    size_t bits = int_bit_length(left);
    if (op == 'p')
        return bits <= 128 / (uint64_t)count;
    return (uint64_t)count <= 128 && bits <= 128 - (size_t)count;
}

/* Is `left op right` small and safe enough to compute now? (safe_multiply
 * and safe_mod in ast_opt.c) */
static bool foldable_binary(int op, Object *left, Object *right)
{
    if (op == 'p' || op == 'l')
        return foldable_power_or_shift(op, left, right);
    if (op == '%')
        return !is_str(left);          /* str % ... is formatting */
    if (op != '*')
        return true;
    if (is_int(left) && is_int(right))         /* safe_multiply: MAX_INT_SIZE bits */
        return int_bit_length(left) + int_bit_length(right) <= 128;
    Object *sequence = is_int(left) ? right : left;
    Object *count = is_int(left) ? left : right;
    if (!is_int(count) || is_int(sequence))
        return true;
    int64_t n = INT_VALUE(count);
    if (is_str(sequence))
        return n <= 0 || (int64_t)STR_SIZE(sequence) <= FOLD_MAX_STR_SIZE / n;
    if (is_tuple(sequence))
        return n <= 0 || TUPLE_SIZE(sequence) <= FOLD_MAX_COLLECTION_SIZE / n;
    return true;
}

static void fold_expression(Compiler *c, Node *node);

static void fold_unary(Compiler *c, Node *node)
{
    Node *operand = node->as.unary.operand;
    fold_expression(c, operand);
    if (!is_constant_node(operand))
        return;
    Object *value = operand->as.constant.value;
    if (node->as.unary.op == UNARY_NEG && (is_int(value) || is_float(value)))
        make_constant(c, node, number_negative(value));
    else if (node->as.unary.op == UNARY_INVERT && is_int(value))
        make_constant(c, node, number_invert(value));
    else if (node->as.unary.op == UNARY_NOT) {
        int truth = object_is_true(value);
        make_constant(c, node, truth < 0 ? NULL : bool_from(!truth));
    }
}

static void fold_binary(Compiler *c, Node *node)
{
    Node *left = node->as.binary.left, *right = node->as.binary.right;
    fold_expression(c, left);
    fold_expression(c, right);
    if (!is_constant_node(left) || !is_constant_node(right))
        return;
    Object *a = left->as.constant.value, *b = right->as.constant.value;
    if (foldable_binary(node->as.binary.op, a, b))
        make_constant(c, node, number_binary(a, b, node->as.binary.op));
}

static void fold_tuple(Compiler *c, Node *node)
{
    NodeList *elts = &node->as.list.elts;
    for (size_t i = 0; i < elts->count; i++)
        fold_expression(c, elts->items[i]);
    for (size_t i = 0; i < elts->count; i++) {
        if (!is_constant_node(elts->items[i]))
            return;
    }
    Object *tuple = tuple_new((intptr_t)elts->count);
    for (size_t i = 0; i < elts->count; i++)
        TUPLE_ITEMS(tuple)[i] = incref(elts->items[i]->as.constant.value);
    make_constant(c, node, tuple);
}

/* A list display that is only iterated over (`for x in [1, 2]`, the right
 * operand of the last `in`) can never be changed, so CPython's fold_iter
 * builds a tuple instead, a constant one when every item is constant. */
static Object *frozenset_of_constants(NodeList *elts)
{
    for (size_t i = 0; i < elts->count; i++)
        if (!is_constant_node(elts->items[i]))
            return NULL;
    Object *tuple = tuple_new((intptr_t)elts->count);
    for (size_t i = 0; i < elts->count; i++)
        TUPLE_ITEMS(tuple)[i] = incref(elts->items[i]->as.constant.value);
    Object *frozen = frozenset_from_iterable(tuple);
    decref(tuple);
    if (frozen == NULL)
        error_clear();              /* an unhashable item: the error comes at run time */
    return frozen;
}

static void fold_iter(Compiler *c, Node *node)
{
    if (node->kind == EXPR_LIST)
        node->kind = EXPR_TUPLE;
    if (node->kind == EXPR_SET) {   /* x in {1, 2}: a constant frozenset */
        for (size_t i = 0; i < node->as.set.elts.count; i++)
            fold_expression(c, node->as.set.elts.items[i]);
        Object *frozen = frozenset_of_constants(&node->as.set.elts);
        if (frozen != NULL)
            make_constant(c, node, frozen);
        return;
    }
    fold_expression(c, node);
}

static int compile_expressions(Compiler *c, NodeList *list);

/* {1, 2, 3}: with more than two items, all constant, CPython 3.11 builds
 * an empty set and updates it from a constant frozenset (BUILD_SET 0,
 * LOAD_CONST, SET_UPDATE), which decides the table's size and order. */
static int compile_set(Compiler *c, Node *node)
{
    NodeList *elts = &node->as.set.elts;
    if (compile_expressions(c, elts) < 0)
        return -1;
    Object *frozen = elts->count > 2 ? frozenset_of_constants(elts) : NULL;
    if (frozen == NULL)
        return 0;
    Node *constant = arena_alloc(c->unit, sizeof(Node));
    *constant = *node;
    constant->kind = EXPR_CONSTANT;
    constant->as.constant.value = arena_keep(c->unit, frozen);
    use_constant(c, constant);
    node->as.set.frozen = constant;
    return 0;
}

static void fold_subscript(Compiler *c, Node *node)
{
    Node *object = node->as.subscript.object, *index = node->as.subscript.index;
    fold_expression(c, object);
    fold_expression(c, index);
    if (is_constant_node(object) && is_constant_node(index))
        make_constant(c, node, object_getitem(object->as.constant.value,
                                              index->as.constant.value));
}

static void fold_expression(Compiler *c, Node *node)
{
    switch (node->kind) {
    case EXPR_UNARY: fold_unary(c, node); break;
    case EXPR_BINARY: fold_binary(c, node); break;
    case EXPR_TUPLE: fold_tuple(c, node); break;
    case EXPR_SUBSCRIPT: fold_subscript(c, node); break;
    default: break;
    }
}

static int compile_expression(Compiler *c, Node *node);
static int compile_folded(Compiler *c, Node *node);
static int compile_targets(Compiler *c, NodeList *targets);
static int compile_function(Compiler *c, Node *node);

static int compile_expressions(Compiler *c, NodeList *list)
{
    for (size_t i = 0; i < list->count; i++) {
        if (compile_expression(c, list->items[i]) < 0)
            return -1;
    }
    return 0;
}

/* The items of a display or the arguments of a call: *x is allowed
 * there (and nowhere else among expressions). */
static int compile_elements(Compiler *c, NodeList *list)
{
    for (size_t i = 0; i < list->count; i++) {
        Node *item = list->items[i];
        if (compile_expression(c, item->kind == EXPR_STARRED ? item->as.starred.value : item) < 0)
            return -1;
    }
    return 0;
}

static int check_keywords(Compiler *c, Node *call)
{
    for (size_t i = 1; i < call->as.call.nkeywords; i++) {
        Keyword *keyword = &call->as.call.keywords[i];
        if (keyword->name == NULL)
            continue;                   /* **mapping: checked when called */
        for (size_t j = 0; j < i; j++) {
            if (call->as.call.keywords[j].name == keyword->name)
                return compile_error(c->unit, keyword->line, keyword->col,
                                     "keyword argument repeated: %s",
                                     STR_DATA(keyword->name));
        }
    }
    return 0;
}

static int compile_call(Compiler *c, Node *node)
{
    if (compile_expression(c, node->as.call.func) < 0
        || compile_elements(c, &node->as.call.args) < 0
        || check_keywords(c, node) < 0)
        return -1;
    for (size_t i = 0; i < node->as.call.nkeywords; i++) {
        if (compile_expression(c, node->as.call.keywords[i].value) < 0)
            return -1;
    }
    return 0;
}

static int compile_code_body(Compiler *c, Code *code, bool function);
static int compile_target(Compiler *c, Node *node);

/* The first iterable where the comprehension stands, the rest in its own
 * code (a list display iterated over becomes a tuple, as everywhere). */
static int compile_comprehension(Compiler *c, Node *node)
{
    Node *first = node->as.comp.generators[0].iter;
    fold_iter(c, first);
    if (compile_expression(c, first) < 0)
        return -1;
    return compile_code_body(c, node->as.comp.code, true);
}

static int compile_comp_loop(Compiler *c, Node *node)
{
    for (size_t i = 0; i < node->as.comp.ngenerators; i++) {
        Comprehension *clause = &node->as.comp.generators[i];
        if (i > 0)
            fold_iter(c, clause->iter);
        if ((i > 0 && compile_expression(c, clause->iter) < 0)
            || compile_target(c, clause->target) < 0
            || compile_expressions(c, &clause->ifs) < 0)
            return -1;
    }
    if (compile_expression(c, node->as.comp.elt) < 0)
        return -1;
    return compile_expression(c, node->as.comp.value);
}

static int compile_two(Compiler *c, Node *first, Node *second)
{
    return compile_expression(c, first) < 0 ? -1 : compile_expression(c, second);
}

/* An operand whose identity means nothing: a constant other than the
 * singletons (check_is_arg in CPython's compile.c). */
static bool is_literal(const Node *node)
{
    if (!is_constant_node(node))
        return false;
    Object *value = node->as.constant.value;
    return value != None && value != True && value != False;
}

/* Since 3.8 CPython warns when `is` or `is not` meets a literal, whose
 * identity depends on caches the language does not promise: chapter 2's
 * subject. One warning per comparison chain at most (check_compare). */
static void warn_is_literal(Compiler *c, Node *node)
{
    bool left = is_literal(node->as.compare.left);
    for (size_t i = 0; i < node->as.compare.count; i++) {
        CmpKind op = node->as.compare.ops[i];
        bool right = is_literal(node->as.compare.comparators[i]);
        if ((op == CMPK_IS || op == CMPK_IS_NOT) && (left || right)) {
            unit_syntax_warning(c->unit, node->line, op == CMPK_IS
                                ? "\"is\" with a literal. Did you mean \"==\"?"
                                : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

static int compile_compare(Compiler *c, Node *node)
{
    size_t last = node->as.compare.count - 1;
    CmpKind op = node->as.compare.ops[last];
    if (op == CMPK_IN || op == CMPK_NOT_IN)
        fold_iter(c, node->as.compare.comparators[last]);
    /* the operands as CPython's optimizer leaves them: `x is -1` compares
     * with a constant */
    fold_expression(c, node->as.compare.left);
    for (size_t i = 0; i < node->as.compare.count; i++)
        fold_expression(c, node->as.compare.comparators[i]);
    warn_is_literal(c, node);
    if (compile_folded(c, node->as.compare.left) < 0)
        return -1;
    for (size_t i = 0; i < node->as.compare.count; i++) {
        if (compile_folded(c, node->as.compare.comparators[i]) < 0)
            return -1;
    }
    return 0;
}

static int compile_dict(Compiler *c, Node *node)
{
    for (size_t i = 0; i < node->as.dict.keys.count; i++) {
        if (compile_two(c, node->as.dict.keys.items[i], node->as.dict.values.items[i]) < 0)
            return -1;
    }
    return 0;
}

/* The operands of a node that folding has been through (unary, binary,
 * subscript, tuple): folded already, with it. A tuple's `*x` is not
 * folded (fold_expression stops at it), so its value is compiled whole. */
static int compile_folded_list(Compiler *c, NodeList *list)
{
    for (size_t i = 0; i < list->count; i++) {
        Node *item = list->items[i];
        int status = item->kind == EXPR_STARRED ? compile_expression(c, item->as.starred.value)
                                                : compile_folded(c, item);
        if (status < 0)
            return -1;
    }
    return 0;
}

static int compile_folded_two(Compiler *c, Node *first, Node *second)
{
    return compile_folded(c, first) < 0 ? -1 : compile_folded(c, second);
}

/* Expressions in source order (the order CPython's compiler meets the
 * constants in, which decides which object of equal ones is kept). Each
 * node is folded once: fold_expression folds a whole tree of operators
 * bottom-up, so its operands are not folded again on the way down, and
 * `a + a + ... + a` compiles in linear time (ast_opt.c also visits each
 * node once). */
static int compile_expression(Compiler *c, Node *node)
{
    if (node == NULL)
        return 0;
    fold_expression(c, node);
    return compile_folded(c, node);
}

static int compile_folded(Compiler *c, Node *node)
{
    switch (node->kind) {
    case EXPR_CONSTANT: use_constant(c, node); return 0;
    case EXPR_ATTRIBUTE: return compile_expression(c, node->as.attribute.object);
    case EXPR_SUBSCRIPT:
        return compile_folded_two(c, node->as.subscript.object, node->as.subscript.index);
    case EXPR_SLICE:        /* never folded: 3.11 has no slice constants */
        if (compile_two(c, node->as.slice.lower, node->as.slice.upper) < 0)
            return -1;
        return compile_expression(c, node->as.slice.step);
    case EXPR_CALL: return compile_call(c, node);
    case EXPR_UNARY: return compile_folded(c, node->as.unary.operand);
    case EXPR_BINARY: return compile_folded_two(c, node->as.binary.left, node->as.binary.right);
    case EXPR_COMPARE: return compile_compare(c, node);
    case EXPR_BOOLOP: return compile_expressions(c, &node->as.boolop.values);
    case EXPR_TUPLE: return compile_folded_list(c, &node->as.list.elts);
    case EXPR_LIST: return compile_elements(c, &node->as.list.elts);
    case EXPR_DICT: return compile_dict(c, node);
    case EXPR_SET: return compile_set(c, node);
    case EXPR_IFEXP:
        if (compile_two(c, node->as.ifexp.test, node->as.ifexp.body) < 0)
            return -1;
        return compile_expression(c, node->as.ifexp.orelse);
    case EXPR_LAMBDA: return compile_function(c, node);
    case EXPR_STARRED:
        return compile_error(c->unit, node->line, node->col, "can't use starred expression here");
    case EXPR_LISTCOMP: case EXPR_SETCOMP: case EXPR_DICTCOMP: case EXPR_GENEXP:
        return compile_comprehension(c, node);
    case EXPR_COMP_LOOP: return compile_comp_loop(c, node);
    default: return 0;
    }
}

static int compile_statements(Compiler *c, NodeList *body);

/* A def or class body: its own code, constants table and loop count. */
static int compile_code_body(Compiler *c, Code *code, bool function)
{
    Compiler inner = *c;
    inner.code = code;
    inner.in_code = (ConstTable){NULL, 0, 0, false, false};
    inner.loops = 0;
    inner.in_function = function;
    int status = compile_statements(&inner, code->body);
    c->merged = inner.merged;           /* the table may have grown */
    table_free(&inner.in_code);
    code_freeze_constants(code);
    return status;
}

static int compile_function(Compiler *c, Node *node)
{
    for (size_t i = 0; i < node->as.funcdef.nparams; i++) {
        if (compile_expression(c, node->as.funcdef.params[i].value) < 0)
            return -1;
    }
    return compile_code_body(c, node->as.funcdef.code, true);
}

static int compile_class(Compiler *c, Node *node)
{
    if (compile_expressions(c, &node->as.classdef.bases) < 0)
        return -1;
    return compile_code_body(c, node->as.classdef.code, false);
}

static int compile_loop(Compiler *c, NodeList *body, NodeList *orelse)
{
    c->loops++;
    int status = compile_statements(c, body);
    c->loops--;
    /* the else clause is not inside the loop: break there is an error */
    return status < 0 ? -1 : compile_statements(c, orelse);
}

static int compile_try(Compiler *c, Node *node)
{
    if (compile_statements(c, &node->as.try_.body) < 0)
        return -1;
    for (size_t i = 0; i < node->as.try_.nhandlers; i++) {
        ExceptHandler *handler = &node->as.try_.handlers[i];
        if (handler->type == NULL && i + 1 < node->as.try_.nhandlers)
            return compile_error(c->unit, handler->line, handler->col,
                                 "default 'except:' must be last");
        if (compile_expression(c, handler->type) < 0
            || compile_statements(c, &handler->body) < 0)
            return -1;
    }
    if (compile_statements(c, &node->as.try_.orelse) < 0)
        return -1;
    return compile_statements(c, &node->as.try_.finalbody);
}

static int compile_jump(Compiler *c, Node *node)
{
    if (c->loops > 0)
        return 0;
    return compile_error(c->unit, node->line, node->col, node->kind == STMT_BREAK
                         ? "'break' outside loop" : "'continue' not properly in loop");
}

static int compile_return(Compiler *c, Node *node)
{
    if (!c->in_function)
        return compile_error(c->unit, node->line, node->col, "'return' outside function");
    return compile_expression(c, node->as.expr.value);
}

static int compile_if(Compiler *c, Node *node)
{
    if (compile_expression(c, node->as.if_.test) < 0
        || compile_statements(c, &node->as.if_.body) < 0)
        return -1;
    return compile_statements(c, &node->as.if_.orelse);
}

/* A name, attribute, subscript, tuple or list being assigned to or
 * deleted: its parts are expressions, but the target itself is never
 * folded (`(1, 2)[0] = 5` must reach the TypeError at run time). */
static int compile_unpack_target(Compiler *c, Node *node);

static int compile_target(Compiler *c, Node *node)
{
    switch (node->kind) {
    case EXPR_ATTRIBUTE: return compile_expression(c, node->as.attribute.object);
    case EXPR_SUBSCRIPT: return compile_two(c, node->as.subscript.object, node->as.subscript.index);
    case EXPR_LIST: case EXPR_TUPLE: return compile_unpack_target(c, node);
    case EXPR_STARRED:
        return compile_error(c->unit, node->line, node->col,
                             "starred assignment target must be in a list or tuple");
    default: return 0;
    }
}

/* a, *b, c = ...: one starred item at most (UNPACK_EX). */
static int compile_unpack_target(Compiler *c, Node *node)
{
    NodeList *elts = &node->as.list.elts;
    size_t starred = 0;
    for (size_t i = 0; i < elts->count; i++)
        starred += elts->items[i]->kind == EXPR_STARRED;
    if (starred > 1)
        return compile_error(c->unit, node->line, node->col,
                             "multiple starred expressions in assignment");
    for (size_t i = 0; i < elts->count; i++) {
        Node *item = elts->items[i];
        if (compile_target(c, item->kind == EXPR_STARRED ? item->as.starred.value : item) < 0)
            return -1;
    }
    return 0;
}

static int compile_targets(Compiler *c, NodeList *targets)
{
    for (size_t i = 0; i < targets->count; i++) {
        if (compile_target(c, targets->items[i]) < 0)
            return -1;
    }
    return 0;
}

static int compile_for(Compiler *c, Node *node)
{
    fold_iter(c, node->as.for_.iter);
    if (compile_expression(c, node->as.for_.iter) < 0
        || compile_target(c, node->as.for_.target) < 0)
        return -1;
    return compile_loop(c, &node->as.for_.body, &node->as.for_.orelse);
}

static int compile_statement(Compiler *c, Node *node)
{
    switch (node->kind) {
    case STMT_EXPR: return compile_expression(c, node->as.expr.value);
    case STMT_RETURN: return compile_return(c, node);
    case STMT_ASSIGN:
        if (compile_expression(c, node->as.assign.value) < 0)
            return -1;
        return compile_targets(c, &node->as.assign.targets);
    case STMT_AUGASSIGN:
        if (compile_target(c, node->as.augassign.target) < 0)
            return -1;
        return compile_expression(c, node->as.augassign.value);
    case STMT_DEL: return compile_targets(c, &node->as.del.targets);
    case STMT_IF: return compile_if(c, node);
    case STMT_WHILE:
        if (compile_expression(c, node->as.if_.test) < 0)
            return -1;
        return compile_loop(c, &node->as.if_.body, &node->as.if_.orelse);
    case STMT_FOR: return compile_for(c, node);
    case STMT_BREAK: case STMT_CONTINUE: return compile_jump(c, node);
    case STMT_FUNCTIONDEF: return compile_function(c, node);
    case STMT_CLASSDEF: return compile_class(c, node);
    case STMT_TRY: return compile_try(c, node);
    case STMT_WITH:
        if (compile_expression(c, node->as.with.context) < 0
            || (node->as.with.target && compile_target(c, node->as.with.target) < 0))
            return -1;
        return compile_statements(c, &node->as.with.body);
    case STMT_RAISE: return compile_expression(c, node->as.raise.exc);
    case STMT_ASSERT: return compile_two(c, node->as.assert_.test, node->as.assert_.msg);
    default: return 0;
    }
}

static int compile_statements(Compiler *c, NodeList *body)
{
    for (size_t i = 0; i < body->count; i++) {
        if (compile_statement(c, body->items[i]) < 0)
            return -1;
    }
    return 0;
}


static int constant_pass(Unit *unit)
{
    Compiler c = {unit, {NULL, 0, 0, true, true}, unit->module_code,
                  {NULL, 0, 0, false, false}, 0, false};
    int status = compile_statements(&c, &unit->body);
    table_free(&c.in_code);
    table_free(&c.merged);      /* the merge table lives only this long */
    code_freeze_constants(unit->module_code);
    return status;
}

int unit_compile(Unit *unit)
{
    Object *name = str_intern_cstr("<module>");
    unit->module_code = code_new(unit, name, &unit->body, false);
    decref(name);
    if (scope_pass(unit) < 0)
        return -1;
    return constant_pass(unit);
}
