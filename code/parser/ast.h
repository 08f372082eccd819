/* ast.h: the syntax tree the parser builds and the evaluator walks.
 *
 * minipy evaluates the tree directly, as a tree-walking interpreter (like
 * jlox), instead of compiling to bytecode as CPython does. What matters for
 * memory is kept: every reference a bytecode stack slot would hold is held by
 * the evaluator for the same span, and constants live where CPython keeps
 * them (see Unit below), so reference counts come out as in CPython 3.11.
 *
 * Nodes are allocated from the unit's arena and freed with it.
 */
#ifndef MINIPY_AST_H
#define MINIPY_AST_H

#include <stdbool.h>
#include <stddef.h>

#include "object.h"

typedef struct Node Node;

typedef struct NodeList {
    size_t count;
    Node **items;
} NodeList;

typedef enum NodeKind {
    /* expressions */
    EXPR_CONSTANT,      /* int, float, str, True, False, None */
    EXPR_NAME,
    EXPR_ATTRIBUTE,     /* object.name */
    EXPR_SUBSCRIPT,     /* object[index] */
    EXPR_SLICE,         /* lower:upper:step, only inside a subscript's [] */
    EXPR_CALL,
    EXPR_UNARY,         /* -x, not x */
    EXPR_BINARY,        /* + - * / // % */
    EXPR_COMPARE,       /* a < b <= c, is, is not, in, not in */
    EXPR_BOOLOP,        /* and, or */
    EXPR_LIST,
    EXPR_TUPLE,
    EXPR_DICT,
    EXPR_SET,           /* {a, b}: as.set */
    EXPR_IFEXP,         /* body if test else orelse */
    EXPR_LAMBDA,        /* lambda params: value (as.funcdef, whose body is
                         * one STMT_RETURN of the value) */
    EXPR_STARRED,       /* *value: a call argument, a display item, a target */
    EXPR_LISTCOMP,      /* [elt for ...]: as.comp; run in a function frame */
    EXPR_SETCOMP,       /* {elt for ...} */
    EXPR_DICTCOMP,      /* {elt: value for ...} */
    EXPR_GENEXP,        /* (elt for ...): makes a generator object */
    EXPR_COMP_LOOP,     /* the body of a comprehension's code: its loops,
                         * run inside the comprehension's own frame
                         * (as.comp, shared with the node above; comp.kind
                         * says which of the four it is) */
    /* statements */
    STMT_EXPR,
    STMT_ASSIGN,        /* t1 = t2 = value */
    STMT_AUGASSIGN,     /* target += value, -= */
    STMT_DEL,
    STMT_IF,
    STMT_WHILE,
    STMT_FOR,
    STMT_BREAK,
    STMT_CONTINUE,
    STMT_PASS,
    STMT_FUNCTIONDEF,
    STMT_RETURN,
    STMT_CLASSDEF,
    STMT_IMPORT,        /* import a, b as c */
    STMT_IMPORTFROM,    /* from m import a, b as c */
    STMT_GLOBAL,
    STMT_NONLOCAL,      /* as.global */
    STMT_TRY,
    STMT_WITH,          /* one item: `with a, b:` nests, as CPython's AST did */
    STMT_RAISE,
    STMT_ASSERT,
} NodeKind;

typedef enum UnaryOp { UNARY_NEG, UNARY_NOT, UNARY_POS, UNARY_INVERT } UnaryOp;
/* Binary operators use the characters number_binary() takes:
 * '+', '-', '*', '/', 'f' (floor division //), '%', 'p' (**), 'l' (<<),
 * 'r' (>>), '&', '|', '^'. */
typedef enum CmpKind {
    CMPK_LT, CMPK_LE, CMPK_EQ, CMPK_NE, CMPK_GT, CMPK_GE,  /* = CompareOp */
    CMPK_IS, CMPK_IS_NOT, CMPK_IN, CMPK_NOT_IN
} CmpKind;

/* A keyword argument `name=value`, a parameter `name=default`, an imported
 * `name as alias`, or an except clause; all share this small record. */
typedef struct Keyword {
    Object *name;       /* interned str (borrowed from the unit) */
    Node *value;        /* default, or NULL */
    int line, col;      /* where the name is, for error messages */
} Keyword;

/* One `for target in iter if cond ...` clause of a comprehension. */
typedef struct Comprehension {
    Node *target;
    Node *iter;         /* the first clause's is evaluated in the
                         * enclosing scope, and its iterator passed in as
                         * the parameter ".0" */
    NodeList ifs;
} Comprehension;

typedef struct ImportName {
    Object *name;       /* dotted names are not supported: one identifier */
    Object *asname;     /* or NULL */
} ImportName;

typedef struct ExceptHandler {
    Node *type;         /* expression, or NULL for a bare `except:` */
    Object *name;       /* `as name`, or NULL */
    NodeList body;
    int line;
    int col;            /* of the `except` keyword */
} ExceptHandler;

struct Node {
    NodeKind kind;
    int line;           /* 1-based source line, for tracebacks */
    int col;            /* 0-based column */
    union {
        struct {
            Object *value;      /* the parser's own object (arena reference) */
            Object *constant;   /* the merged constant the code uses (borrowed
                                 * from the code's constant table; set by
                                 * unit_compile) */
        } constant;
        struct {
            Object *id;                 /* interned str */
            /* The evaluator's cache of where `id` lives in the code that
             * last ran this node: a name node belongs to one body, so the
             * slot found once holds for every call (eval.c). */
            const void *slot_code;
            intptr_t slot;
            intptr_t hint;              /* the dict entry it was found in
                                         * last (dict_get_name) */
            uint32_t absent_version;    /* the globals' dict_keys_version
                                         * when `id` was last found missing
                                         * from them (a built-in): they
                                         * need no search while it holds */
        } name;
        struct {
            Node *object;
            Object *attr;
#if CHAPTER >= CH_THRESHOLDS
            AttrCache cache;    /* the evaluator's (eval_expr.c) */
#endif
        } attribute;
        struct { Node *object; Node *index; } subscript;
        struct { Node *lower, *upper, *step; } slice;    /* each may be NULL */
        struct {
            Node *func;
            NodeList args;          /* EXPR_STARRED items are *iterables */
            size_t nkeywords;
            Keyword *keywords;      /* name NULL: a **mapping */
            bool unpacks;           /* any *x or **m: the call packs its
                                     * arguments into a tuple and a dict
                                     * (CALL_FUNCTION_EX) */
        } call;
        struct { UnaryOp op; Node *operand; } unary;
        struct { int op; Node *left, *right; } binary;
        struct {
            Node *left;
            size_t count;
            CmpKind *ops;
            Node **comparators;
        } compare;
        struct { int is_and; NodeList values; } boolop;
        struct { NodeList elts; } list;              /* list and tuple */
        struct { NodeList keys, values; } dict;
        struct {
            NodeList elts;
            Node *frozen;       /* three constants or more: an EXPR_CONSTANT
                                 * frozenset the set is filled from, as
                                 * CPython 3.11 compiles it (set by
                                 * unit_compile), else NULL */
        } set;
        struct { Node *test, *body, *orelse; } ifexp;
        struct { Node *value; } starred;
        struct {
            int kind;               /* EXPR_LISTCOMP ... EXPR_GENEXP */
            Node *elt;              /* the item, or the key of a dict */
            Node *value;            /* the value of a dict, or NULL */
            size_t ngenerators;
            Comprehension *generators;
            NodeList body;          /* one STMT_RETURN of the EXPR_COMP_LOOP:
                                     * the body of the code below */
            struct Code *code;      /* made by the scope pass */
        } comp;

        struct {
            Node *value;
            bool echo;          /* STMT_EXPR of a PARSE_SINGLE unit outside
                                 * any def/class: the REPL shows its value */
        } expr;                                      /* STMT_EXPR, STMT_RETURN (value may be NULL) */
        struct { NodeList targets; Node *value; } assign;
        struct { Node *target; int op; Node *value; } augassign;
        struct { NodeList targets; } del;
        struct { Node *test; NodeList body, orelse; } if_;    /* if and while */
        struct { Node *target; Node *iter; NodeList body, orelse; } for_;
        struct { Node *context; Node *target; NodeList body; } with; /* target may be NULL */
        struct {
            Object *name;
            size_t nparams;         /* all the named parameters, in CPython's
                                     * co_varnames order: positional ones,
                                     * keyword-only ones, *args, **kwargs */
            Keyword *params;        /* value = default expression or NULL */
            size_t nargcount;       /* positional parameters (co_argcount) */
            size_t nkwonly;         /* keyword-only ones (co_kwonlyargcount) */
            bool varargs, varkw;    /* a *args, a **kwargs parameter */
            NodeList body;
            struct Code *code;      /* made by unit_compile */
        } funcdef;
        struct {
            Object *name;
            NodeList bases;
            NodeList body;
            struct Code *code;      /* the class body, made by unit_compile */
        } classdef;
        struct { size_t count; ImportName *names; Object *module; } import; /* module: from-import only */
        struct { size_t count; Object **names; } global;
        struct {
            NodeList body;
            size_t nhandlers;
            ExceptHandler *handlers;
            NodeList orelse, finalbody;
        } try_;
        struct { Node *exc; } raise;                 /* exc may be NULL (re-raise) */
        struct { Node *test; Node *msg; } assert_;   /* msg may be NULL */
    } as;
};

/* A block of code with its own constants: the module body, a function body
 * or a class body, as CPython makes one code object for each. */
typedef struct Code {
    Object base;
    Object *name;           /* "<module>", the function or class name */
    Object *constants;      /* co_consts, a tuple once the code is compiled */
    Object **pending;       /* while it compiles, the constants gathered so
                             * far (owned; CPython's compiler keeps them in
                             * a dict): no list object is made and dropped */
    size_t npending, pending_capacity;
    NodeList *body;         /* statements (in the unit's arena) */
    struct Unit *unit;      /* keeps the arena with the nodes alive: a
                             * counted reference, except in the module code
                             * (the unit owns that one; see Unit) */
    bool counts_unit;       /* false for the module code */
    /* function codes: locals are the parameters and assigned names minus
     * those declared global or nonlocal; the frame's slots (CPython's
     * "localsplus") are those locals, parameters first, then the cells
     * that are not parameters, then the free variables. Class codes have
     * only the cells and free variables among their slots (their other
     * names live in the class namespace). symtable.c decides all this. */
    Object *local_names;    /* tuple of str, one per slot; NULL for a module
                             * or a class without cells or free variables */
    size_t nparams;         /* co_argcount: the positional parameters */
    size_t nkwonly;         /* co_kwonlyargcount: those after * or *args */
    unsigned flags;         /* CODE_VARARGS, CODE_VARKEYWORDS, ... (co_flags) */
    bool comprehension;     /* a comprehension's or generator expression's
                             * code: what it defines is named "<listcomp>.f"
                             * without "<locals>" */
    size_t nlocals;         /* co_nlocals: the slots before the cells */
    Object *cellvars;       /* tuple of str: co_cellvars (sorted) */
    Object *freevars;       /* tuple of str: co_freevars (sorted), the
                             * last slots; the closure matches them */
    unsigned char *slot_kinds;  /* SLOT_* per slot (in the arena), or NULL
                                 * when every slot is SLOT_LOCAL */
    Object *class_globals;  /* class codes: names declared global, or NULL */
} Code;

/* co_flags bits, CPython's values (Include/cpython/code.h). */
enum {
    CODE_OPTIMIZED = 0x1,   /* a function: its locals live in slots */
    CODE_NEWLOCALS = 0x2,
    CODE_VARARGS = 0x4,     /* the slot after the named parameters is *args */
    CODE_VARKEYWORDS = 0x8, /* the next one is **kwargs */
    CODE_NESTED = 0x10,     /* defined inside a function */
    CODE_GENERATOR = 0x20,  /* calling it makes a generator (a genexpr) */
};

/* What a frame slot holds (CPython's CO_FAST_LOCAL, _CELL, _FREE). */
enum {
    SLOT_LOCAL = 0,         /* the value itself */
    SLOT_CELL = 1,          /* a cell made when the frame starts */
    SLOT_FREE = 2,          /* a cell of the closure */
    SLOT_HIDDEN = 4,        /* class codes: kept only to hand to the closures
                             * made in the body; the body's own uses of the
                             * name go to the namespace (a method's free
                             * variable that the class also binds, the
                             * __class__ cell) */
};

/* A compilation unit: one script, one module, one `-c` string, or one REPL
 * statement. It owns the node arena and the parser's own objects ("arena
 * objects", dropped when the unit has run, as CPython frees its AST arena);
 * the constant table merges equal constants across all the unit's codes,
 * which is why `"a b" is "a b"` holds within one unit and not across REPL
 * statements. */
typedef struct Unit {
    Object base;
    Object *filename;       /* str: "script.py", "<string>", "<stdin>" */
    char *source;           /* the text, for traceback source lines */
    size_t source_size;
    struct ArenaBlock *arena;
    Object *arena_objects;  /* list of the parser's objects, or NULL once dropped */
    Object *names;          /* dict: every identifier of the unit (str -> same
                             * str), kept as long as the unit: function
                             * bodies outlive unit_drop_arena_objects */
    NodeList body;          /* the module's statements (in the arena) */
    bool interactive;       /* parsed with PARSE_SINGLE */
    Code *module_code;      /* the top level (counted); see below */
} Unit;

/* Who keeps whom alive. The unit owns its module code; every code holds
 * its nested codes in `constants`, as CPython's co_consts holds code
 * objects; a function or class code holds its unit, so that a function
 * defined at the REPL can run after its statement's unit is gone. The
 * module code does not count its unit (Unit -> module code -> Unit would
 * be a cycle at once), but Unit -> module code -> nested code -> Unit is
 * still one: unit_drop_arena_objects breaks it by dropping the module
 * code too, since a unit runs once, as CPython drops a module's code
 * object after running it. So the evaluator calls unit_drop_arena_objects
 * on every unit it has run (or decided not to run) before dropping it. */

extern Type code_type, unit_type;

/* A constant of the code (increfs it); then, when the code is compiled,
 * its constants become the tuple co_consts. */
void code_add_constant(Code *code, Object *op);
void code_freeze_constants(Code *code);

/* Allocate zeroed memory from the unit's arena. */
void *arena_alloc(Unit *unit, size_t size);
/* Record a parser-made object in the arena (steals the reference) and
 * return it, now borrowed from the arena. */
Object *arena_keep(Unit *unit, Object *op);
/* Drop the parser's objects once the unit has run, and the module code
 * with them (see above). Afterwards node->as.constant.value is dangling
 * (the evaluator uses .constant only) and unit->module_code is NULL. */
void unit_drop_arena_objects(Unit *unit);

#endif
