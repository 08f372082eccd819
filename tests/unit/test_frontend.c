/* test_frontend.c: CUnit tests of the front end (lexer.c, parser.c,
 * compile.c): token streams, tree shapes, constant merging, local names,
 * the REPL's "needs more input" question, and SyntaxErrors.
 *
 * Build against every file of code/ but main.c (chapter 12, the whole
 * runtime), with -fsanitize=address,undefined -fno-sanitize-recover=all,
 * -Icode and -lcunit -lm.
 * Every expected error (class, message, lineno, offset) was measured with
 * CPython 3.11: compile(source, "x.py", "exec").
 */
#include "harness.h"
#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "error.h"
#include "float.h"
#include "int.h"
#include "lexer.h"
#include "list.h"
#include "parser.h"
#include "tuple.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* ---- helpers ------------------------------------------------------------- */

static Unit *parse(const char *source)
{
    Unit *unit = parse_unit(source, strlen(source), "x.py", PARSE_FILE);
    if (unit == NULL) {
        Object *exception = error_fetch();
        Object *args = ((ExceptionObject *)exception)->args;
        fprintf(stderr, "\n  unexpected %s: %s\n", exception->type->name,
                STR_DATA(TUPLE_ITEMS(args)[0]));
        decref(exception);
    }
    return unit;
}

/* What the evaluator does with a unit it has run. */
static void release(Unit *unit)
{
    unit_drop_arena_objects(unit);
    decref(&unit->base);
}

static Node *statement_at(Unit *unit, size_t i)
{
    return i < unit->body.count ? unit->body.items[i] : NULL;
}

static bool is_name(const Node *node, const char *id)
{
    return node != NULL && node->kind == EXPR_NAME && str_equal_cstr(node->as.name.id, id);
}

static bool is_int_constant(const Node *node, int64_t value)
{
    return node != NULL && node->kind == EXPR_CONSTANT
        && object_is_type(node->as.constant.constant, &int_type)
        && INT_VALUE(node->as.constant.constant) == value;
}

static bool is_binary(const Node *node, int op)
{
    return node != NULL && node->kind == EXPR_BINARY && node->as.binary.op == op;
}

/* How many times `op` is in `list` (co_consts holds each constant once). */
/* How many times `op` is among a compiled code's constants (a tuple). */
static int count_in(Object *constants, Object *op)
{
    CU_ASSERT_PTR_EQUAL(constants->type, &tuple_type);
    int n = 0;
    for (intptr_t i = 0; i < TUPLE_SIZE(constants); i++)
        n += TUPLE_ITEMS(constants)[i] == op;
    return n;
}

/* ---- tokens -------------------------------------------------------------- */

static bool tokens_are(const char *source, const TokenKind *expected, size_t n)
{
    Lexer lexer;
    lexer_init(&lexer, source, strlen(source));
    for (size_t i = 0; i < n; i++) {
        Token token = lexer_next(&lexer);
        if (token.kind != expected[i]) {
            fprintf(stderr, "\n  token %zu of [%s]: kind %d, expected %d\n", i,
                    source, token.kind, expected[i]);
            return false;
        }
    }
    return true;
}

#define TOKENS(source, ...) do { \
        const TokenKind expected[] = {__VA_ARGS__}; \
        CU_ASSERT(tokens_are(source, expected, sizeof expected / sizeof expected[0])); \
    } while (0)

static void test_tokens_indentation(void)
{
    /* blank and comment-only lines make no tokens */
    TOKENS("if x:\n    y = 1\n\n    # note\n    if z:\n        w\nv\n",
           TOK_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE,
           TOK_INDENT, TOK_NAME, TOK_EQUAL, TOK_NUMBER, TOK_NEWLINE,
           TOK_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE,
           TOK_INDENT, TOK_NAME, TOK_NEWLINE, TOK_DEDENT, TOK_DEDENT,
           TOK_NAME, TOK_NEWLINE, TOK_EOF);
    /* tabs alone are consistent (a tab and 8 spaces would be a TabError) */
    TOKENS("if x:\n\ty\n\tif z:\n\t\tw\n", TOK_IF, TOK_NAME, TOK_COLON,
           TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_NEWLINE, TOK_IF, TOK_NAME,
           TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_NEWLINE,
           TOK_DEDENT, TOK_DEDENT, TOK_EOF);
    /* no newline at the end: the same NEWLINE and DEDENT */
    TOKENS("def f():\n  return", TOK_DEF, TOK_NAME, TOK_LPAREN, TOK_RPAREN,
           TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_RETURN, TOK_NEWLINE,
           TOK_DEDENT, TOK_EOF);
}

static void test_tokens_joining(void)
{
    /* inside brackets and after a backslash, lines join */
    TOKENS("x = (1,\n      2) + \\\n  3  # c\n", TOK_NAME, TOK_EQUAL, TOK_LPAREN,
           TOK_NUMBER, TOK_COMMA, TOK_NUMBER, TOK_RPAREN, TOK_PLUS, TOK_NUMBER,
           TOK_NEWLINE, TOK_EOF);
    TOKENS("[\n  1,\n\n]\n", TOK_LBRACKET, TOK_NUMBER, TOK_COMMA, TOK_RBRACKET,
           TOK_NEWLINE, TOK_EOF);
    TOKENS("x = 1\r\ny = 2\r\n", TOK_NAME, TOK_EQUAL, TOK_NUMBER, TOK_NEWLINE,
           TOK_NAME, TOK_EQUAL, TOK_NUMBER, TOK_NEWLINE, TOK_EOF);
}

static void test_tokens_numbers_and_operators(void)
{
    TOKENS("1_000 1.5 .5 1e10 1.5e-3 7. 0x1F 0o17 0b101",
           TOK_NUMBER, TOK_NUMBER, TOK_NUMBER, TOK_NUMBER, TOK_NUMBER,
           TOK_NUMBER, TOK_NUMBER, TOK_NUMBER, TOK_NUMBER, TOK_NEWLINE, TOK_EOF);
    TOKENS("a//b<=c!=d==e>=f//=g**h->i", TOK_NAME, TOK_DOUBLESLASH, TOK_NAME,
           TOK_LE, TOK_NAME, TOK_NOTEQ, TOK_NAME, TOK_EQEQ, TOK_NAME, TOK_GE,
           TOK_NAME, TOK_DOUBLESLASHEQ, TOK_NAME, TOK_DOUBLESTAR, TOK_NAME,
           TOK_OTHER_OP, TOK_NAME, TOK_NEWLINE, TOK_EOF);
    TOKENS("a<<b>>c&d|e^~f", TOK_NAME, TOK_LSHIFT, TOK_NAME, TOK_RSHIFT, TOK_NAME,
           TOK_AMPER, TOK_NAME, TOK_VBAR, TOK_NAME, TOK_CIRCUMFLEX, TOK_TILDE, TOK_NAME,
           TOK_NEWLINE, TOK_EOF);
    TOKENS("a**=1;b<<=2;c>>=3;d&=4;e|=5;f^=6;g/=7;h%=8", TOK_NAME, TOK_DOUBLESTAREQ,
           TOK_NUMBER, TOK_SEMICOLON, TOK_NAME, TOK_LSHIFTEQ, TOK_NUMBER, TOK_SEMICOLON,
           TOK_NAME, TOK_RSHIFTEQ, TOK_NUMBER, TOK_SEMICOLON, TOK_NAME, TOK_AMPEREQ,
           TOK_NUMBER, TOK_SEMICOLON, TOK_NAME, TOK_VBAREQ, TOK_NUMBER, TOK_SEMICOLON,
           TOK_NAME, TOK_CIRCUMFLEXEQ, TOK_NUMBER, TOK_SEMICOLON, TOK_NAME, TOK_SLASHEQ,
           TOK_NUMBER, TOK_SEMICOLON, TOK_NAME, TOK_PERCENTEQ, TOK_NUMBER, TOK_NEWLINE,
           TOK_EOF);
    TOKENS("x+=1;y-=2;z*=3", TOK_NAME, TOK_PLUSEQ, TOK_NUMBER, TOK_SEMICOLON,
           TOK_NAME, TOK_MINUSEQ, TOK_NUMBER, TOK_SEMICOLON, TOK_NAME,
           TOK_STAREQ, TOK_NUMBER, TOK_NEWLINE, TOK_EOF);
    TOKENS("not in is None True", TOK_NOT, TOK_IN, TOK_IS, TOK_NONE, TOK_TRUE,
           TOK_NEWLINE, TOK_EOF);
}

/* The first statement's right-hand side is a str constant of this value. */
static bool string_value_is(const char *source, const char *expected, size_t size)
{
    Unit *unit = parse(source);
    if (unit == NULL)
        return false;
    Node *value = statement_at(unit, 0)->as.assign.value;
    Object *s = value->as.constant.constant;
    bool same = is_str(s) && STR_SIZE(s) == size && memcmp(STR_DATA(s), expected, size) == 0;
    if (!same)
        fprintf(stderr, "\n  %s gave [%s]\n", source, is_str(s) ? STR_DATA(s) : "?");
    release(unit);
    return same;
}

static void test_strings(void)
{
    CU_ASSERT(string_value_is("x = 'a\\tb\\n\\\\\\'\\\"\\r'\n", "a\tb\n\\'\"\r", 8));
    CU_ASSERT(string_value_is("x = \"\\x41\\u20ac\\0z\"\n", "A\xe2\x82\xac\0z", 6));
    CU_ASSERT(string_value_is("x = 'ab' \"cd\"  'ef'\n", "abcdef", 6));
    CU_ASSERT(string_value_is("x = '''one\n'two'\n\"\"\"'''\n", "one\n'two'\n\"\"\"", 13));
    CU_ASSERT(string_value_is("x = r'\\n\\''\n", "\\n\\'", 4));
    CU_ASSERT(string_value_is("x = 'a\\\nb'\n", "ab", 2));
    CU_ASSERT(string_value_is("x = '\\q'\n", "\\q", 2));     /* unknown escape kept */
    CU_ASSERT(string_value_is("x = 'caf\xc3\xa9'\n", "caf\xc3\xa9", 5));
    /* \N{name}: any case for stored names; aliases; computed names */
    CU_ASSERT(string_value_is("x = '\\N{BULLET}\\N{latin small letter a}'\n", "\xe2\x80\xa2" "a", 4));
    CU_ASSERT(string_value_is("x = '\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{LF}'\n",
                              "\xea\xb0\x81\xe4\xb8\x80\n", 7));
    CU_ASSERT(string_value_is("x = r'\\N{X}'\n", "\\N{X}", 5));
}

static void test_numbers(void)
{
    Unit *unit = parse("a = 1_000\nb = 0x1F\nc = 1.5e-3\nd = .5\ne = 0o17\nf = 0b101\n");
    CU_ASSERT_FATAL(unit != NULL);
    CU_ASSERT(is_int_constant(statement_at(unit, 0)->as.assign.value, 1000));
    CU_ASSERT(is_int_constant(statement_at(unit, 1)->as.assign.value, 31));
    Object *c = statement_at(unit, 2)->as.assign.value->as.constant.constant;
    CU_ASSERT(is_float(c) && FLOAT_VALUE(c) == 1.5e-3);
    Object *d = statement_at(unit, 3)->as.assign.value->as.constant.constant;
    CU_ASSERT(is_float(d) && FLOAT_VALUE(d) == 0.5);
    CU_ASSERT(is_int_constant(statement_at(unit, 4)->as.assign.value, 15));
    CU_ASSERT(is_int_constant(statement_at(unit, 5)->as.assign.value, 5));
    release(unit);
}

/* ---- tree shapes --------------------------------------------------------- */

static Node *expression_of(Unit *unit)
{
    Node *statement = statement_at(unit, 0);
    return statement && statement->kind == STMT_EXPR ? statement->as.expr.value : NULL;
}

static void test_precedence(void)
{
    /* Names, not numbers: constant operands would be folded away. */
    Unit *unit = parse("a + b * c - d\n");
    CU_ASSERT_FATAL(unit != NULL);
    Node *e = expression_of(unit);              /* (a + (b * c)) - d */
    CU_ASSERT_FATAL(is_binary(e, '-'));
    CU_ASSERT(is_name(e->as.binary.right, "d"));
    Node *plus = e->as.binary.left;
    CU_ASSERT_FATAL(is_binary(plus, '+'));
    CU_ASSERT(is_name(plus->as.binary.left, "a"));
    CU_ASSERT(is_binary(plus->as.binary.right, '*'));
    release(unit);

    unit = parse("-a // b % c\n");              /* ((-a) // b) % c */
    CU_ASSERT_FATAL(unit != NULL);
    e = expression_of(unit);
    CU_ASSERT_FATAL(is_binary(e, '%'));
    CU_ASSERT_FATAL(is_binary(e->as.binary.left, 'f'));
    Node *neg = e->as.binary.left->as.binary.left;
    CU_ASSERT(neg->kind == EXPR_UNARY && neg->as.unary.op == UNARY_NEG
              && is_name(neg->as.unary.operand, "a"));
    release(unit);

    unit = parse("not a == b and c or d\n");   /* ((not (a == b)) and c) or d */
    CU_ASSERT_FATAL(unit != NULL);
    e = expression_of(unit);
    CU_ASSERT_FATAL(e->kind == EXPR_BOOLOP && !e->as.boolop.is_and
                    && e->as.boolop.values.count == 2);
    Node *conjunction = e->as.boolop.values.items[0];
    CU_ASSERT_FATAL(conjunction->kind == EXPR_BOOLOP && conjunction->as.boolop.is_and);
    Node *negation = conjunction->as.boolop.values.items[0];
    CU_ASSERT(negation->kind == EXPR_UNARY && negation->as.unary.op == UNARY_NOT
              && negation->as.unary.operand->kind == EXPR_COMPARE);
    CU_ASSERT(is_name(e->as.boolop.values.items[1], "d"));
    release(unit);

    unit = parse("(a + 2) * x.y[0](k=3)\n");
    CU_ASSERT_FATAL(unit != NULL);
    e = expression_of(unit);
    CU_ASSERT_FATAL(is_binary(e, '*') && is_binary(e->as.binary.left, '+'));
    Node *call = e->as.binary.right;
    CU_ASSERT_FATAL(call->kind == EXPR_CALL && call->as.call.nkeywords == 1);
    CU_ASSERT(str_equal_cstr(call->as.call.keywords[0].name, "k"));
    CU_ASSERT(call->as.call.func->kind == EXPR_SUBSCRIPT);
    CU_ASSERT(call->as.call.func->as.subscript.object->kind == EXPR_ATTRIBUTE);
    release(unit);
}

static void test_chained_comparison(void)
{
    Unit *unit = parse("a < b <= c is not d not in e == f in g is h\n");
    CU_ASSERT_FATAL(unit != NULL);
    Node *e = expression_of(unit);
    CU_ASSERT_FATAL(e->kind == EXPR_COMPARE && e->as.compare.count == 7);
    const CmpKind expected[] = {CMPK_LT, CMPK_LE, CMPK_IS_NOT, CMPK_NOT_IN,
                                CMPK_EQ, CMPK_IN, CMPK_IS};
    const char *names[] = {"b", "c", "d", "e", "f", "g", "h"};
    CU_ASSERT(is_name(e->as.compare.left, "a"));
    for (size_t i = 0; i < 7; i++) {
        CU_ASSERT(e->as.compare.ops[i] == expected[i]);
        CU_ASSERT(is_name(e->as.compare.comparators[i], names[i]));
    }
    release(unit);
}

static void test_displays_and_tuples(void)
{
    Unit *unit = parse("()\n(x,)\n(x)\n[1, 2,]\n{}\n{'a': 1, 'b': 2}\na, b = b, a\n"
                       "for k, v in d: pass\ndef f(): return x, 2\n");
    CU_ASSERT_FATAL(unit != NULL);
    Node *empty = statement_at(unit, 0)->as.expr.value;   /* folded: a constant () */
    CU_ASSERT(empty->kind == EXPR_CONSTANT && is_tuple(empty->as.constant.constant)
              && TUPLE_SIZE(empty->as.constant.constant) == 0);
    Node *single = statement_at(unit, 1)->as.expr.value;
    CU_ASSERT(single->kind == EXPR_TUPLE && single->as.list.elts.count == 1);
    CU_ASSERT(is_name(statement_at(unit, 2)->as.expr.value, "x"));
    Node *list = statement_at(unit, 3)->as.expr.value;
    CU_ASSERT(list->kind == EXPR_LIST && list->as.list.elts.count == 2);
    CU_ASSERT(statement_at(unit, 4)->as.expr.value->as.dict.keys.count == 0);
    Node *dict = statement_at(unit, 5)->as.expr.value;
    CU_ASSERT(dict->kind == EXPR_DICT && dict->as.dict.values.count == 2);
    Node *swap = statement_at(unit, 6);
    CU_ASSERT(swap->kind == STMT_ASSIGN && swap->as.assign.targets.count == 1);
    CU_ASSERT(swap->as.assign.targets.items[0]->kind == EXPR_TUPLE);
    CU_ASSERT(swap->as.assign.value->kind == EXPR_TUPLE);
    CU_ASSERT(statement_at(unit, 7)->as.for_.target->kind == EXPR_TUPLE);
    Node *ret = statement_at(unit, 8)->as.funcdef.body.items[0];
    CU_ASSERT(ret->kind == STMT_RETURN && ret->as.expr.value->kind == EXPR_TUPLE);
    release(unit);
}

/* CPython's AST optimizer folds constant expressions; so does compile.c,
 * within the same limits. */
static void test_constant_folding(void)
{
    Unit *unit = parse("a = 1000 * 3\nb = (1, 2, 'x')\nc = x * 3\n"
                       "d = 'ab' * 5000\ne = 1 / 0\nf = -(2 + 3)\ng = not 0\n");
    CU_ASSERT_FATAL(unit != NULL);
    CU_ASSERT(is_int_constant(statement_at(unit, 0)->as.assign.value, 3000));
    Node *tuple = statement_at(unit, 1)->as.assign.value;
    CU_ASSERT(tuple->kind == EXPR_CONSTANT && is_tuple(tuple->as.constant.constant)
              && TUPLE_SIZE(tuple->as.constant.constant) == 3);
    CU_ASSERT(is_binary(statement_at(unit, 2)->as.assign.value, '*'));  /* a name */
    CU_ASSERT(is_binary(statement_at(unit, 3)->as.assign.value, '*'));  /* too long */
    CU_ASSERT(is_binary(statement_at(unit, 4)->as.assign.value, '/'));  /* fails at run time */
    CU_ASSERT(is_int_constant(statement_at(unit, 5)->as.assign.value, -5));
    CU_ASSERT(statement_at(unit, 6)->as.assign.value->as.constant.constant == True);
    release(unit);
}

static void test_statements(void)
{
    Unit *unit = parse(
        "a = b.c = d[0] = 1\n"
        "x += 1; y -= 2; z *= 3\n"
        "del a, b[0], c.d\n"
        "if a: pass\nelif b: pass\nelse: pass\n"
        "while x:\n    break\nelse:\n    pass\n"
        "try:\n    pass\nexcept (A, B) as e:\n    raise\nexcept C:\n    raise C('m')\n"
        "except:\n    pass\nelse:\n    pass\nfinally:\n    pass\n"
        "def f(a, b=1, c=2):\n    global g\n    return\n"
        "class C(Base):\n    x = 1\n"
        "import m, n as o\nfrom p import q, r as s\n"
        "assert x, 'why'\n"
        "if __name__ == \"__main__\":\n    main()\n");
    CU_ASSERT_FATAL(unit != NULL);
    const NodeKind kinds[] = {STMT_ASSIGN, STMT_AUGASSIGN, STMT_AUGASSIGN, STMT_AUGASSIGN,
                              STMT_DEL, STMT_IF, STMT_WHILE, STMT_TRY, STMT_FUNCTIONDEF,
                              STMT_CLASSDEF, STMT_IMPORT, STMT_IMPORTFROM, STMT_ASSERT, STMT_IF};
    CU_ASSERT_FATAL(unit->body.count == sizeof kinds / sizeof kinds[0]);
    for (size_t i = 0; i < unit->body.count; i++)
        CU_ASSERT(statement_at(unit, i)->kind == kinds[i]);
    CU_ASSERT(statement_at(unit, 0)->as.assign.targets.count == 3);
    CU_ASSERT(statement_at(unit, 3)->as.augassign.op == '*');
    CU_ASSERT(statement_at(unit, 4)->as.del.targets.count == 3);
    Node *elif = statement_at(unit, 5)->as.if_.orelse.items[0];
    CU_ASSERT(elif->kind == STMT_IF && elif->as.if_.orelse.count == 1);
    CU_ASSERT(statement_at(unit, 6)->as.if_.orelse.count == 1);
    Node *try_ = statement_at(unit, 7);
    CU_ASSERT_FATAL(try_->as.try_.nhandlers == 3);
    CU_ASSERT(try_->as.try_.handlers[0].type->kind == EXPR_TUPLE);
    CU_ASSERT(str_equal_cstr(try_->as.try_.handlers[0].name, "e"));
    CU_ASSERT(try_->as.try_.handlers[0].body.items[0]->as.raise.exc == NULL);
    CU_ASSERT(try_->as.try_.handlers[2].type == NULL);
    CU_ASSERT(try_->as.try_.orelse.count == 1 && try_->as.try_.finalbody.count == 1);
    Node *def = statement_at(unit, 8);
    CU_ASSERT(def->as.funcdef.nparams == 3 && def->as.funcdef.params[0].value == NULL);
    CU_ASSERT(is_int_constant(def->as.funcdef.params[1].value, 1));
    CU_ASSERT(def->as.funcdef.code != NULL && def->as.funcdef.code->nparams == 3);
    Node *cls = statement_at(unit, 9);
    CU_ASSERT(cls->as.classdef.bases.count == 1 && cls->as.classdef.code != NULL);
    Node *import = statement_at(unit, 10);
    CU_ASSERT(import->as.import.count == 2 && str_equal_cstr(import->as.import.names[1].asname, "o"));
    Node *from = statement_at(unit, 11);
    CU_ASSERT(str_equal_cstr(from->as.import.module, "p") && from->as.import.names[0].asname == NULL);
    CU_ASSERT(statement_at(unit, 12)->as.assert_.msg != NULL);
    release(unit);
}

static void test_interactive_echo(void)
{
    const char *source = "for i in r:\n    i\n    def f():\n        i\n\n";
    Unit *unit = parse_unit(source, strlen(source), "<stdin>", PARSE_SINGLE);
    CU_ASSERT_FATAL(unit != NULL);
    CU_ASSERT(unit->interactive);
    Node *loop = statement_at(unit, 0);
    CU_ASSERT(loop->as.for_.body.items[0]->as.expr.echo);      /* echoed, as in CPython */
    Node *def = loop->as.for_.body.items[1];
    CU_ASSERT(!def->as.funcdef.body.items[0]->as.expr.echo);   /* not inside a def */
    release(unit);

    unit = parse("1 + 1\n");                                    /* scripts never echo */
    CU_ASSERT_FATAL(unit != NULL);
    CU_ASSERT(!unit->interactive && !statement_at(unit, 0)->as.expr.echo);
    release(unit);
}

/* ---- constants ----------------------------------------------------------- */

/* Rewrites that change what holds an object: the items of a new constant
 * tuple are the unit's merged constants; a list display read only by `for`
 * or the last `in` becomes a tuple; a target is never folded. */
static void test_folding_and_holders(void)
{
    Unit *unit = parse("y = 54321\nt = (54321, 1)\nfor x in [y, 2]: pass\n"
                       "for x in [1, 2]: pass\nk = 1 in [1, 2]\n(1, 2)[0] = 5\n"
                       "del (1, 2)[1 - 1]\n");
    CU_ASSERT_FATAL(unit != NULL);
    Object *y = statement_at(unit, 0)->as.assign.value->as.constant.constant;
    Object *t = statement_at(unit, 1)->as.assign.value->as.constant.constant;
    CU_ASSERT_FATAL(is_tuple(t));
    CU_ASSERT(TUPLE_ITEMS(t)[0] == y);
    CU_ASSERT(statement_at(unit, 2)->as.for_.iter->kind == EXPR_TUPLE);      /* not constant */
    CU_ASSERT(statement_at(unit, 3)->as.for_.iter->kind == EXPR_CONSTANT);
    Node *in = statement_at(unit, 4)->as.assign.value;
    CU_ASSERT(in->kind == EXPR_COMPARE && in->as.compare.comparators[0]->kind == EXPR_CONSTANT);
    Node *target = statement_at(unit, 5)->as.assign.targets.items[0];
    CU_ASSERT(target->kind == EXPR_SUBSCRIPT);                               /* left alone */
    CU_ASSERT(target->as.subscript.object->kind == EXPR_CONSTANT);           /* its parts folded */
    Node *deleted = statement_at(unit, 6)->as.del.targets.items[0];
    CU_ASSERT(deleted->kind == EXPR_SUBSCRIPT && is_int_constant(deleted->as.subscript.index, 0));
    release(unit);
}

static void test_constant_merging(void)
{
    Unit *unit = parse("a = \"very good morning\"\nb = \"very good morning\"\n"
                       "def f():\n    return \"very good morning\"\n");
    CU_ASSERT_FATAL(unit != NULL);
    Node *first = statement_at(unit, 0)->as.assign.value;
    Node *second = statement_at(unit, 1)->as.assign.value;
    Object *merged = first->as.constant.constant;
    CU_ASSERT(merged == first->as.constant.value);            /* the first one's object */
    CU_ASSERT(second->as.constant.constant == merged);
    CU_ASSERT(second->as.constant.value != merged);           /* the parser made its own */
    Code *module = unit->module_code;
    CU_ASSERT(count_in(module->constants, merged) == 1);
    Code *f = statement_at(unit, 2)->as.funcdef.code;
    CU_ASSERT(count_in(f->constants, merged) == 1);            /* f's co_consts shares it */
    CU_ASSERT(f->body->items[0]->as.expr.value->as.constant.constant == merged);
    CU_ASSERT(count_in(module->constants, &f->base) == 1);     /* code objects are constants */
    CU_ASSERT(f->unit == unit && module->unit == unit);
    release(unit);
}

static void test_constants_kept_apart(void)
{
    Unit *unit = parse("a = 1\nb = 1.0\nc = True\nd = 0.0\ne = -0.0\n"
                       "f = 1000\ng = 1000\nh = -1000\ni = -1000\n");
    CU_ASSERT_FATAL(unit != NULL);
    Object *c[9];
    for (size_t i = 0; i < 9; i++)
        c[i] = statement_at(unit, i)->as.assign.value->as.constant.constant;
    CU_ASSERT(c[0] != c[1] && c[0] != c[2] && c[1] != c[2]);   /* 1, 1.0, True */
    CU_ASSERT(c[2] == True);
    CU_ASSERT(c[3] != c[4]);                                   /* 0.0 and -0.0 */
    CU_ASSERT(is_float(c[4]) && FLOAT_VALUE(c[4]) == 0.0);
    CU_ASSERT(c[5] == c[6]);                                   /* 1000 merged */
    CU_ASSERT(statement_at(unit, 7)->as.assign.value->kind == EXPR_CONSTANT);  /* folded */
    CU_ASSERT(c[7] == c[8] && INT_VALUE(c[7]) == -1000);
    release(unit);
}

static void test_interned_constants(void)
{
    Unit *unit = parse("a = 'hello_world'\nb = 'hello world'\nc = 'hello_world'\n");
    CU_ASSERT_FATAL(unit != NULL);
    Object *name_like = statement_at(unit, 0)->as.assign.value->as.constant.constant;
    Object *spaced = statement_at(unit, 1)->as.assign.value->as.constant.constant;
    CU_ASSERT(statement_at(unit, 2)->as.assign.value->as.constant.constant == name_like);
#if CHAPTER >= CH_INTERNING
    CU_ASSERT(((StrObject *)name_like)->interned);              /* like CPython 3.11 */
    CU_ASSERT(!((StrObject *)spaced)->interned);
#else
    (void)spaced;
#endif
    release(unit);
}

/* A function's code keeps its unit (and nodes) after the unit has run;
 * when the code goes, everything goes: no cycle is left behind. */
static void test_code_outlives_unit(void)
{
    const char *source = "def f(x):\n    return 'not an identifier'\n";
    Unit *warm = parse(source);             /* make the interned names first */
    CU_ASSERT_FATAL(warm != NULL);
    release(warm);
    size_t before = heap_object_count();
    Unit *unit = parse(source);
    CU_ASSERT_FATAL(unit != NULL);
    Code *f = statement_at(unit, 0)->as.funcdef.code;
    incref(&f->base);                       /* as a function object would */
    release(unit);
    CU_ASSERT(f->unit->source != NULL && f->body->count == 1);
    Object *constant = f->body->items[0]->as.expr.value->as.constant.constant;
    CU_ASSERT(str_equal_cstr(constant, "not an identifier"));
    decref(&f->base);
    CU_ASSERT(heap_object_count() == before);
}

/* ---- local names --------------------------------------------------------- */

static bool names_are(Object *tuple, const char *const *expected, size_t n)
{
    bool same = tuple != NULL && (size_t)TUPLE_SIZE(tuple) == n;
    for (size_t i = 0; same && i < n; i++)
        same = str_equal_cstr(TUPLE_ITEMS(tuple)[i], expected[i]);
    if (!same && tuple != NULL) {
        fprintf(stderr, "\n  local names:");
        for (intptr_t i = 0; i < TUPLE_SIZE(tuple); i++)
            fprintf(stderr, " %s", STR_DATA(TUPLE_ITEMS(tuple)[i]));
        fprintf(stderr, "\n");
    }
    return same;
}

static void test_local_names(void)
{
    Unit *unit = parse(
        "def f(a, b=1):\n"
        "    global g, q\n"
        "    g = 1\n"
        "    c = a\n"
        "    for i in b: pass\n"
        "    import m as n\n"
        "    from p import r\n"
        "    del c\n"
        "    try: pass\n"
        "    except E as e: pass\n"
        "    def h(inner): local_of_h = 1\n"
        "    class K: in_class = 1\n"
        "    x, [y, a] = 1, 2\n"
        "    q.attr = 2\n"
        "    w += 1\n"
        "    print(unbound)\n");
    CU_ASSERT_FATAL(unit != NULL);
    Code *f = statement_at(unit, 0)->as.funcdef.code;
    const char *const expected[] = {"a", "b", "c", "i", "n", "r", "e", "h", "K", "x", "y", "w"};
    CU_ASSERT(names_are(f->local_names, expected, sizeof expected / sizeof expected[0]));
    CU_ASSERT(f->nparams == 2);
    CU_ASSERT(unit->module_code->local_names == NULL);
    release(unit);
}

/* ---- the REPL ------------------------------------------------------------ */

static void test_needs_more(void)
{
    static const struct { const char *source; int more; } cases[] = {
        {"x = 1\n", 0}, {"x = (1,\n", 1}, {"x = [1,\n  2\n", 1}, {"if x:\n", 1},
        {"if x:\n    y\n", 1}, {"if x:\n    y\n\n", 0}, {"for i in r: print(i)\n", 1},
        {"for i in r: print(i)\n\n", 0}, {"s = '''abc\n", 1}, {"x = 1 + \\\n", 1},
        {"x = = 1\n", 0}, {"x = 'abc\n", 0}, {"x = 1)\n", 0}, {"", 0},
        {"def f():\n    return 1\n  \n", 0}, {"# only a comment\n", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int more = parse_needs_more(cases[i].source, strlen(cases[i].source));
        if (more != cases[i].more)
            fprintf(stderr, "\n  needs_more(%s) = %d\n", cases[i].source, more);
        CU_ASSERT(more == cases[i].more);
    }
}

/* ---- errors ---------------------------------------------------------------- */

typedef struct ErrorCase {
    const char *source;
    Type *type;
    const char *message;
    int lineno, offset;
} ErrorCase;

/* Measured with python3.11 (see the top of the file). */
static const ErrorCase error_cases[] = {
    {"x = = 2\n", &exc_SyntaxError, "invalid syntax", 1, 5},
    {"x = 'abc\n", &exc_SyntaxError, "unterminated string literal (detected at line 1)", 1, 5},
    {"if x:\n    y\n  z\n", &exc_IndentationError, "unindent does not match any outer indentation level", 3, 4},
    {"  x = 1\n", &exc_IndentationError, "unexpected indent", 1, 2},
    {"if x:\ny\n", &exc_IndentationError, "expected an indented block after 'if' statement on line 1", 2, 1},
    {"if x:\n", &exc_IndentationError, "expected an indented block after 'if' statement on line 1", 1, 6},
    {"x = (1,\ny = 2\n", &exc_SyntaxError, "'(' was never closed", 1, 5},
    {"x = 1)\n", &exc_SyntaxError, "unmatched ')'", 1, 6},
    {"x = (1]\n", &exc_SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 7},
    {"x = 1 € 2\n", &exc_SyntaxError, "invalid character '€' (U+20AC)", 1, 7},
    {"x = 1abc\n", &exc_SyntaxError, "invalid decimal literal", 1, 5},
    {"x = 1 \\ 2\n", &exc_SyntaxError, "unexpected character after line continuation character", 1, 8},
    {"if x\n    y\n", &exc_SyntaxError, "expected ':'", 1, 5},
    {"f(a b)\n", &exc_SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 3},
    {"1 = x\n", &exc_SyntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1},
    {"f() = 3\n", &exc_SyntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"return 1\n", &exc_SyntaxError, "'return' outside function", 1, 1},
    {"break\n", &exc_SyntaxError, "'break' outside loop", 1, 1},
    {"continue\n", &exc_SyntaxError, "'continue' not properly in loop", 1, 1},
    {"def f(a=1, b): pass\n", &exc_SyntaxError, "non-default argument follows default argument", 1, 12},
    {"x = \"\"\"abc\n", &exc_SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 5},
    {"def f():\n    x = 1\n    global x\n", &exc_SyntaxError, "name 'x' is assigned to before global declaration", 3, 5},
    {"for x in y:\n    def f():\n        break\n", &exc_SyntaxError, "'break' outside loop", 3, 9},
    {"class C\n    pass\n", &exc_SyntaxError, "expected ':'", 1, 8},
    {"x = [1, 2\n", &exc_SyntaxError, "'[' was never closed", 1, 5},
    {"del 1\n", &exc_SyntaxError, "cannot delete literal", 1, 5},
    {"a + 1 = 2\n", &exc_SyntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1},
    {"x = 0777\n", &exc_SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
    {"x = 1__0\n", &exc_SyntaxError, "invalid decimal literal", 1, 6},
    {"x = 1_\n", &exc_SyntaxError, "invalid decimal literal", 1, 6},
    {"x = 1e\n", &exc_SyntaxError, "invalid decimal literal", 1, 5},
    {"x = 1.5.3\n", &exc_SyntaxError, "invalid syntax", 1, 8},
    {"while x:\npass\n", &exc_IndentationError, "expected an indented block after 'while' statement on line 1", 2, 1},
    {"try:\n    x\n", &exc_SyntaxError, "expected 'except' or 'finally' block", 2, 6},
    {"try:\n    x\ny = 1\n", &exc_SyntaxError, "expected 'except' or 'finally' block", 3, 1},
    {"x = 1\n y = 2\n", &exc_IndentationError, "unexpected indent", 2, 1},
    {"True = 1\n", &exc_SyntaxError, "cannot assign to True", 1, 1},
    {"for 1 in x: pass\n", &exc_SyntaxError, "cannot assign to literal", 1, 5},
    {"[a, b] += 1\n", &exc_SyntaxError, "'list' is an illegal expression for augmented assignment", 1, 1},
    {"f() += 1\n", &exc_SyntaxError, "'function call' is an illegal expression for augmented assignment", 1, 1},
    {"print \"hi\"\n", &exc_SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"x = [1 2]\n", &exc_SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6},
    {"a b\n", &exc_SyntaxError, "invalid syntax", 1, 3},
    {"f(a=1, b)\n", &exc_SyntaxError, "positional argument follows keyword argument", 1, 9},
    {"f(x=1, x=2)\n", &exc_SyntaxError, "keyword argument repeated: x", 1, 8},
    {"def f(a, a): pass\n", &exc_SyntaxError, "duplicate argument 'a' in function definition", 1, 10},
    {"x = $\n", &exc_SyntaxError, "invalid syntax", 1, 5},
    {"def f()\n    pass\n", &exc_SyntaxError, "expected ':'", 1, 8},
    {"def f x\n", &exc_SyntaxError, "expected '('", 1, 7},
    {"try\n    x\n", &exc_SyntaxError, "expected ':'", 1, 4},
    {"try:\n    x\nexcept E\n    y\n", &exc_SyntaxError, "expected ':'", 3, 9},
    {"try:\n    x\nexcept E, F:\n    y\n", &exc_SyntaxError, "multiple exception types must be parenthesized", 3, 8},
    {"if x:\n    y\nelse\n    z\n", &exc_SyntaxError, "expected ':'", 3, 5},
    {"del f()\n", &exc_SyntaxError, "cannot delete function call", 1, 5},
    {"del (a, 1)\n", &exc_SyntaxError, "cannot delete literal", 1, 9},
    {"x = = 1\ny = 'abc\n", &exc_SyntaxError, "unterminated string literal (detected at line 2)", 2, 5},
    {"if x:\n\ty\n        z\n", &exc_TabError, "inconsistent use of tabs and spaces in indentation", 3, 1},
    {"x = (1,\ny = 2\nz = = 3\n", &exc_SyntaxError, "'(' was never closed", 1, 5},
    {"def f():\n    print(x)\n    global x\n", &exc_SyntaxError, "name 'x' is used prior to global declaration", 3, 5},
    {"def f(x):\n    global x\n", &exc_SyntaxError, "name 'x' is parameter and global", 2, 5},
    {"class C:\n    return 1\n", &exc_SyntaxError, "'return' outside function", 2, 5},
    {"while x:\n    def f():\n        continue\n", &exc_SyntaxError, "'continue' not properly in loop", 3, 9},
    {"x = 'ab\\\ncd\n", &exc_SyntaxError, "unterminated string literal (detected at line 2)", 1, 5},
    {"x = {1: 2, 3}\n", &exc_SyntaxError, "':' expected after dictionary key", 1, 12},
    {"if x = 1:\n    pass\n", &exc_SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4},
    {"x = 'a\\xZZ'\n", &exc_SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: truncated \\xXX escape", 1, 12},
    {"x = 0b102\n", &exc_SyntaxError, "invalid digit '2' in binary literal", 1, 9},
    /* escapes: CPython's codec positions (a non-ASCII character counts 10,
     * as it is rewritten \UXXXXXXXX first); the error is reported at the
     * token after the literal */
    {"x = \"\\N{NO SUCH}\"\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name", 1, 18},
    {"x = \"\\N\"\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 9},
    {"x = \"\\N{\"\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 10},
    {"x = \"\\N{}\"\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 11},
    {"x = \"\\N{abc\"\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \\N character escape", 1, 13},
    {"x = \"\\N{BULLET}\\x1\"\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", 1, 20},
    {"x = \"\\xe9\\N{BAD}\" + y\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 4-10: unknown Unicode character name", 1, 19},
    {"x = \"\xc3\xa9" "\\N{BAD}\"\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-16: unknown Unicode character name", 1, 15},
    {"x = (\"a\"\n \"\\N{BAD}\"\n)\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 3, 1},
    {"x = f\"{y}\\N{BAD}\"\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 18},
    {"x = f\"\\N}\"\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 11},
    {"x = f\"a\\}\"\n", &exc_SyntaxError,
     "f-string: single '}' is not allowed", 1, 11},
    {"x = '\\U00110000'\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17},
    {"x = f\"\\x1\" + 1\n", &exc_SyntaxError,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 12},
    {"x = y = 1 = 2\n", &exc_SyntaxError, "cannot assign to literal", 1, 9},
    {"for x in y:\n    pass\nelse:\n    break\n", &exc_SyntaxError, "'break' outside loop", 4, 5},
    {"try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", &exc_SyntaxError, "default 'except:' must be last", 3, 1},
    {"class C:\npass\n", &exc_IndentationError, "expected an indented block after class definition on line 1", 2, 1},
    {"def f():\n    x = 1\n        y = 2\n", &exc_IndentationError, "unexpected indent", 3, 8},
    {"x = 1 +\n", &exc_SyntaxError, "invalid syntax", 1, 8},
    {"(\n", &exc_SyntaxError, "'(' was never closed", 1, 1},
    {")\n", &exc_SyntaxError, "unmatched ')'", 1, 1},
    {"x = 1 \\\n", &exc_SyntaxError, "unexpected EOF while parsing", 1, 8},
    /* two expressions in a row: the hint, or the open bracket when the
     * parser reads to its end or past its line */
    {"x = [1, 2 y\n", &exc_SyntaxError, "'[' was never closed", 1, 5},
    {"x = {1: 2 3\n", &exc_SyntaxError, "'{' was never closed", 1, 5},
    {"x = {1: 2 3: 4\n", &exc_SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 9},
    {"f(a b\nc = 1\n", &exc_SyntaxError, "'(' was never closed", 1, 2},
    {"print(1 2\nx\n", &exc_SyntaxError, "'(' was never closed", 1, 6},
    {"x = [1, 2 y = 3\n", &exc_SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 9},
    {"[1, (2 3)\n", &exc_SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6},
    {"foo(a b)\nbar(\n", &exc_SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 5},
    {"d = {1: 2, 3 4}\n", &exc_SyntaxError, "':' expected after dictionary key", 1, 12},
    {"d = {1: 2, a b}\n", &exc_SyntaxError, "':' expected after dictionary key", 1, 12},
    {"d = {1: 2, 3 4: 5}\n", &exc_SyntaxError, "':' expected after dictionary key", 1, 12},
};

/* The exception parse_unit raised has exactly CPython's class, message,
 * and (filename, lineno, offset, text). */
static bool raises_like_cpython(const ErrorCase *c, ParseMode mode)
{
    Unit *unit = parse_unit(c->source, strlen(c->source), "x.py", mode);
    if (unit != NULL) {
        fprintf(stderr, "\n  %s: parsed, expected %s\n", c->source, c->message);
        release(unit);
        return false;
    }
    Object *exception = error_fetch();
    Object *args = ((ExceptionObject *)exception)->args;
    Object *location = TUPLE_ITEMS(args)[1];
    Object *message = TUPLE_ITEMS(args)[0];
    int lineno = (int)INT_VALUE(TUPLE_ITEMS(location)[1]);
    int offset = (int)INT_VALUE(TUPLE_ITEMS(location)[2]);
    Object *text = TUPLE_ITEMS(location)[3];
    bool same = exception->type == c->type && str_equal_cstr(message, c->message)
        && lineno == c->lineno && offset == c->offset
        && str_equal_cstr(TUPLE_ITEMS(location)[0], "x.py")
        && STR_SIZE(text) > 0 && STR_DATA(text)[STR_SIZE(text) - 1] == '\n';
    if (!same)
        fprintf(stderr, "\n  %s\n    got      %s: %s (%d, %d)\n    expected %s: %s (%d, %d)\n",
                c->source, exception->type->name, STR_DATA(message), lineno, offset,
                c->type->name, c->message, c->lineno, c->offset);
    decref(exception);
    return same;
}

static void test_syntax_errors(void)
{
    size_t n = sizeof error_cases / sizeof error_cases[0];
    CU_ASSERT(n >= 30);
    for (size_t i = 0; i < n; i++)
        CU_ASSERT(raises_like_cpython(&error_cases[i], PARSE_FILE));
}

/* Python that minipy's subset leaves out: CPython would run it, so the
 * message is minipy's own, CPython's "invalid syntax" plus what is missing,
 * at the token where the parse stopped. Genuine mistakes near such tokens
 * keep CPython's message (the last cases, measured with python3.11). */
static void test_outside_subset(void)
{
    static const ErrorCase cases[] = {
        {"def g():\n    yield 1\n", &exc_SyntaxError,
         "invalid syntax ('yield' is not in minipy's subset of Python)", 2, 5},
        {"x = b\"a\"\n", &exc_SyntaxError,
         "invalid syntax (string prefixes such as b\"\" are not in minipy's subset of Python)",
         1, 6},
        {"@log\ndef f():\n    pass\n", &exc_SyntaxError,
         "invalid syntax (decorators are not in minipy's subset of Python)", 1, 1},
        {"print(a @ b)\n", &exc_SyntaxError,
         "invalid syntax (this operator is not in minipy's subset of Python)", 1, 9},
        {"import a.b as c\n", &exc_SyntaxError,
         "invalid syntax (packages and relative imports are not in minipy's subset of Python)",
         1, 9},
        {"import gc, os.path\n", &exc_SyntaxError,
         "invalid syntax (packages and relative imports are not in minipy's subset of Python)",
         1, 14},
        {"from . import x\n", &exc_SyntaxError,
         "invalid syntax (packages and relative imports are not in minipy's subset of Python)",
         1, 6},
        {"from ..m import x\n", &exc_SyntaxError,
         "invalid syntax (packages and relative imports are not in minipy's subset of Python)",
         1, 6},
        {"x = [1, 3:4]\n", &exc_SyntaxError, "invalid syntax", 1, 10},
        {"print(1 * * 2)\n", &exc_SyntaxError, "invalid syntax", 1, 11},
        {"x = $\n", &exc_SyntaxError, "invalid syntax", 1, 5},
        {"from m import a.b\n", &exc_SyntaxError, "invalid syntax", 1, 16},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CU_ASSERT(raises_like_cpython(&cases[i], PARSE_FILE));
}

static void test_error_details(void)
{
    /* text is the whole line, offset counts characters (not bytes) */
    const char *source = "s = '\xc3\xa9' $\n";
    Unit *unit = parse_unit(source, strlen(source), "x.py", PARSE_FILE);
    CU_ASSERT_FATAL(unit == NULL);
    Object *exception = error_fetch();
    Object *location = TUPLE_ITEMS(((ExceptionObject *)exception)->args)[1];
    CU_ASSERT(INT_VALUE(TUPLE_ITEMS(location)[2]) == 9);    /* python3: 9 */
    CU_ASSERT(str_equal_cstr(TUPLE_ITEMS(location)[3], source));
    decref(exception);

    /* one REPL entry, two statements (python3: compile(..., "single")) */
    static const ErrorCase single[] = {
        {"x = 1\ny = 2\n", &exc_SyntaxError,
         "multiple statements found while compiling a single statement", 1, 6},
        {"if x:\n    y\nz\n", &exc_SyntaxError, "invalid syntax", 3, 1},
    };
    CU_ASSERT(raises_like_cpython(&single[0], PARSE_SINGLE));
    CU_ASSERT(raises_like_cpython(&single[1], PARSE_SINGLE));
}

/* ---- the suite ----------------------------------------------------------- */


static const TestEntry tests[] = {
    {"tokens: indentation", test_tokens_indentation},
    {"tokens: line joining", test_tokens_joining},
    {"tokens: numbers and operators", test_tokens_numbers_and_operators},
    {"string literals and escapes", test_strings},
    {"number literals", test_numbers},
    {"precedence", test_precedence},
    {"chained comparisons", test_chained_comparison},
    {"displays and bare tuples", test_displays_and_tuples},
    {"constant folding", test_constant_folding},
    {"folding and what holds objects", test_folding_and_holders},
    {"statements", test_statements},
    {"REPL echo flag", test_interactive_echo},
    {"constant merging", test_constant_merging},
    {"constants kept apart, -1000 folded", test_constants_kept_apart},
    {"identifier-like constants interned", test_interned_constants},
    {"a function's code outlives its unit", test_code_outlives_unit},
    {"local names", test_local_names},
    {"parse_needs_more", test_needs_more},
    {"syntax errors as CPython 3.11", test_syntax_errors},
    {"syntax outside minipy's subset", test_outside_subset},
    {"syntax error details", test_error_details},
};

int main(void)
{
    return RUN_SUITE("frontend", tests, CU_BRM_NORMAL);
}
