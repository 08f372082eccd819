/* parse_expr.c: the expression rules of the parser, from literals and
 * atoms up through calls, operators, comparisons and `and`/`or`, and the
 * checks on what may be assigned to or deleted.
 *
 * Precedence climbing: each level parses the next tighter one as its
 * operand. CPython: the expression rules of Parser/parser.c. Literals
 * are parse_literal.c's.
 */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "parser_internal.h"

/* ---- expressions ---------------------------------------------------------- */


/* Can this token begin an expression? For "Perhaps you forgot a comma?". */
bool starts_expression(TokenKind kind)
{
    switch (kind) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_LPAREN:
    case TOK_LBRACKET: case TOK_LBRACE: case TOK_TRUE: case TOK_FALSE:
    case TOK_NONE: case TOK_MINUS: case TOK_PLUS: case TOK_NOT: case TOK_LAMBDA:
    case TOK_TILDE:
        return true;
    default:
        return false;
    }
}

/* Parse an expression only to see where it ends, as CPython's second pass
 * does: true with p->pos just past it. `parsed` is volatile because it
 * changes after the setjmp. */
static bool expression_ends(Parser *p)
{
    jmp_buf outer;
    memcpy(outer, p->on_error, sizeof outer);
    volatile bool parsed = false;
    if (setjmp(p->on_error) == 0) {
        expression(p);
        parsed = true;
    }
    memcpy(p->on_error, outer, sizeof outer);
    return parsed;
}

/* CPython's hint for two expressions in a row inside brackets reads the
 * second expression and the token after it (invalid_expression). If that
 * token is the end of the input with a bracket still open, the tokenizer's
 * "was never closed" is raised instead; it also wins, afterwards, when the
 * last token read lies on a later line than the bracket left open
 * (_PyPegen_tokenize_full_source_to_check_for_errors). */
static void forgot_comma(Parser *p, Node *element)
{
    size_t start = p->pos;
    bool parsed = expression_ends(p);
    if (!parsed && (p->error.from_lexer || p->object_error))
        parse_fail(p);
    int last_line = p->tokens[p->pos].line;
    p->pos = start;
    if (parsed && p->lexer.error.kind == LEXERR_UNCLOSED && last_line > p->lexer.error.line)
        lexer_failed(p);
    error_at(p, element->line, element->col, "invalid syntax. Perhaps you forgot a comma?");
}

/* An element inside brackets must be followed by one of the tokens the
 * display allows. Two expressions in a row get CPython's hint. */
void after_element(Parser *p, Node *element)
{
    const Token *next = current(p);
    bool name_then_string = element->kind == EXPR_NAME && next->kind == TOK_STRING;
    if (next->depth > 0 && starts_expression(next->kind) && !name_then_string
        && next->kind != TOK_MINUS && next->kind != TOK_PLUS)
        forgot_comma(p, element);
    invalid_syntax(p);
}

static Node *name_node(Parser *p)
{
    const Token *token = advance(p);
    Node *node = node_at_token(p, EXPR_NAME, token);
    node->as.name.id = name_object(p, token);
    return node;
}

/* ( ... ): a parenthesized expression, () or a tuple. */
static Node *paren(Parser *p)
{
    const Token *open = advance(p);
    Node *tuple = node_at_token(p, EXPR_TUPLE, open);
    ListBuilder elts = {{0, NULL}, 0};
    if (match(p, TOK_RPAREN))
        return tuple;
    Node *first = star_expression(p);
    if (check(p, TOK_FOR)) {
        Node *genexp = comprehension(p, EXPR_GENEXP, open, first, NULL);
        if (!match(p, TOK_RPAREN))
            invalid_syntax(p);
        return genexp;
    }
    if (match(p, TOK_RPAREN)) {
        if (first->kind == EXPR_STARRED)
            error_at(p, first->line, first->col, "cannot use starred expression here");
        return first;
    }
    push_node(p, &elts, first);
    while (match(p, TOK_COMMA) && !check(p, TOK_RPAREN)) {
        push_node(p, &elts, star_expression(p));
    }
    if (!match(p, TOK_RPAREN))
        after_element(p, elts.list.items[elts.list.count - 1]);
    tuple->as.list.elts = elts.list;
    return tuple;
}

static Node *list_display(Parser *p)
{
    const Token *open = advance(p);
    Node *list = node_at_token(p, EXPR_LIST, open);
    ListBuilder elts = {{0, NULL}, 0};
    while (!check(p, TOK_RBRACKET)) {
        Node *element = star_expression(p);
        if (elts.list.count == 0 && check(p, TOK_FOR)) {
            Node *listcomp = comprehension(p, EXPR_LISTCOMP, open, element, NULL);
            if (!match(p, TOK_RBRACKET))
                invalid_syntax(p);
            return listcomp;
        }
        if (elts.list.count > 0 && check(p, TOK_FOR))
            error_at(p, elts.list.items[0]->line, elts.list.items[0]->col,
                     "did you forget parentheses around the comprehension target?");
        push_node(p, &elts, element);
        if (!match(p, TOK_COMMA)) {
            if (!check(p, TOK_RBRACKET))
                after_element(p, element);
            break;
        }
    }
    advance(p);
    list->as.list.elts = elts.list;
    return list;
}

/* {a, b}: the first element was `first`, the brace is consumed. */
static Node *set_display(Parser *p, Node *set, Node *first)
{
    ListBuilder elts = {{0, NULL}, 0};
    push_node(p, &elts, first);
    while (match(p, TOK_COMMA) && !check(p, TOK_RBRACE))
        push_node(p, &elts, expression(p));
    if (!match(p, TOK_RBRACE))
        after_element(p, elts.list.items[elts.list.count - 1]);
    set->kind = EXPR_SET;
    set->as.set.elts = elts.list;
    set->as.set.frozen = NULL;
    return set;
}

/* {**mapping}: the key is NULL, the value the mapping (DICT_UPDATE). */
static void double_star_item(Parser *p, ListBuilder *keys, ListBuilder *values)
{
    const Token *stars = advance(p);
    push_node(p, keys, NULL);
    push_node(p, values, sum(p));
    if (check(p, TOK_COLON))                /* {**a: 1} */
        error_at_token(p, stars, "invalid syntax");
}

/* {key: value for ...} after the first pair, or {**m for ...}. */
static Node *dict_comprehension(Parser *p, const Token *open, Node *key, Node *value)
{
    if (key == NULL)
        error_at(p, value->line, value->col - 2,
                 "dict unpacking cannot be used in dict comprehension");
    Node *dictcomp = comprehension(p, EXPR_DICTCOMP, open, key, value);
    if (!match(p, TOK_RBRACE))
        invalid_syntax(p);
    return dictcomp;
}

/* {elt for ...}: the first element was `elt`. */
static Node *set_comprehension(Parser *p, const Token *open, Node *elt)
{
    Node *setcomp = comprehension(p, EXPR_SETCOMP, open, elt, NULL);
    if (!match(p, TOK_RBRACE))
        invalid_syntax(p);
    return setcomp;
}

static Node *dict_display(Parser *p)
{
    const Token *open = advance(p);
    Node *dict = node_at_token(p, EXPR_DICT, open);
    ListBuilder keys = {{0, NULL}, 0}, values = {{0, NULL}, 0};
    while (!check(p, TOK_RBRACE)) {
        if (check(p, TOK_DOUBLESTAR)) {
            double_star_item(p, &keys, &values);
            if (keys.list.count == 1 && check(p, TOK_FOR))
                return dict_comprehension(p, open, NULL, values.list.items[0]);
            if (!match(p, TOK_COMMA))
                break;
            continue;
        }
        Node *key = expression(p);
        if (keys.list.count == 0 && (check(p, TOK_COMMA) || check(p, TOK_RBRACE)))
            return set_display(p, dict, key);
        if (keys.list.count == 0 && check(p, TOK_FOR))
            return set_comprehension(p, open, key);
        if (!match(p, TOK_COLON)) {
            /* After a first pair this is surely a dict (CPython's
             * invalid_kvpair); the first key may still open a set. */
            if (keys.list.count > 0 || check(p, TOK_COMMA) || check(p, TOK_RBRACE))
                error_at(p, key->line, key->col, "':' expected after dictionary key");
            after_element(p, key);
        }
        Node *value = expression(p);
        if (keys.list.count == 0 && check(p, TOK_FOR))
            return dict_comprehension(p, open, key, value);
        push_node(p, &keys, key);
        push_node(p, &values, value);
        if (!match(p, TOK_COMMA)) {
            if (!check(p, TOK_RBRACE))
                after_element(p, value);
            break;
        }
    }
    advance(p);
    dict->as.dict.keys = keys.list;
    dict->as.dict.values = values.list;
    return dict;
}

static Node *atom(Parser *p)
{
    const Token *token = current(p);
    switch (token->kind) {
    case TOK_NAME: return name_node(p);
    case TOK_NUMBER: return number_literal(p);
    case TOK_STRING: return string_literal(p);
    case TOK_TRUE: advance(p); return constant_node(p, token, True);
    case TOK_FALSE: advance(p); return constant_node(p, token, False);
    case TOK_NONE: advance(p); return constant_node(p, token, None);
    case TOK_LPAREN: return paren(p);
    case TOK_LBRACKET: return list_display(p);
    case TOK_LBRACE: return dict_display(p);
    default: invalid_syntax(p);
    }
}

void push_keyword(Parser *p, KeywordBuilder *b, const Token *name, Node *value)
{
    b->items = grow(p, b->items, b->count, &b->capacity, sizeof(Keyword));
    b->items[b->count++] = (Keyword){name_object(p, name), value, name->line, name->col};
}

/* *value: a call argument, a display item or a target. */
Node *starred_expression(Parser *p, Node *(*operand)(Parser *))
{
    Node *node = node_at_token(p, EXPR_STARRED, advance(p));
    node->as.starred.value = operand(p);
    return node;
}

/* A call's argument list, as CPython's grammar orders it: positional ones
 * and *iterables, then name=value and *iterables, then name=value and
 * **mappings. */
typedef struct CallArgs {
    ListBuilder args;
    KeywordBuilder keywords;
    bool after_keyword, after_unpacking;
    const char *misplaced;      /* why the first misplaced positional one is */
    Node *bare_generator;       /* f(x for x in y): fine when it is alone */
} CallArgs;

static Node *call_argument(Parser *p, CallArgs *call)
{
    Node *value;
    if (check(p, TOK_DOUBLESTAR)) {
        const Token *stars = advance(p);
        value = expression(p);
        KeywordBuilder *b = &call->keywords;
        b->items = grow(p, b->items, b->count, &b->capacity, sizeof(Keyword));
        b->items[b->count++] = (Keyword){NULL, value, stars->line, stars->col};
        call->after_unpacking = true;
    } else if (check(p, TOK_STAR)) {
        if (call->after_unpacking)
            error_at_token(p, current(p),
                           "iterable argument unpacking follows keyword argument unpacking");
        value = starred_expression(p, expression);
        if (check(p, TOK_FOR))
            error_at(p, value->line, value->col,
                     "iterable unpacking cannot be used in comprehension");
        push_node(p, &call->args, value);
    } else if (check(p, TOK_NAME) && kind_at(p, 1) == TOK_EQUAL) {
        const Token *name = advance(p);
        advance(p);
        value = expression(p);
        push_keyword(p, &call->keywords, name, value);
        call->after_keyword = true;
    } else {
        const Token *start = current(p);
        value = expression(p);
        if (check(p, TOK_FOR)) {
            value = comprehension(p, EXPR_GENEXP, start, value, NULL);
            if (call->bare_generator == NULL)
                call->bare_generator = value;
        }
        if (call->misplaced == NULL && call->after_unpacking)
            call->misplaced = "positional argument follows keyword argument unpacking";
        else if (call->misplaced == NULL && call->after_keyword)
            call->misplaced = "positional argument follows keyword argument";
        push_node(p, &call->args, value);
    }
    return value;
}

/* f(a, *b, k=v, **m) */
static void call_arguments(Parser *p, Node *node)
{
    CallArgs call = {{{0, NULL}, 0}, {NULL, 0, 0}, false, false, NULL, NULL};
    while (!check(p, TOK_RPAREN)) {
        Node *value = call_argument(p, &call);
        if (!match(p, TOK_COMMA)) {
            if (!check(p, TOK_RPAREN))
                after_element(p, value);
            break;
        }
    }
    Node *bare = call.bare_generator;
    if (bare != NULL && call.args.list.count + call.keywords.count > 1)
        error_at(p, bare->line, bare->col, "Generator expression must be parenthesized");
    if (call.misplaced != NULL)
        error_at_token(p, current(p), "%s", call.misplaced);
    advance(p);
    node->as.call.args = call.args.list;
    node->as.call.nkeywords = call.keywords.count;
    node->as.call.keywords = call.keywords.items;
    node->as.call.unpacks = call.after_unpacking;
    for (size_t i = 0; i < call.args.list.count; i++)
        node->as.call.unpacks |= call.args.list.items[i]->kind == EXPR_STARRED;
}

/* Can `kind` follow a slice bound that was left out? */
static bool ends_slice_bound(TokenKind kind)
{
    return kind == TOK_COLON || kind == TOK_COMMA || kind == TOK_RBRACKET;
}

/* [lower] ':' [upper] [':' [step]], or a plain expression (CPython's
 * `slice` rule). */
static Node *slice_item(Parser *p)
{
    Node *lower = NULL;
    if (!check(p, TOK_COLON)) {
        lower = expression(p);
        if (!check(p, TOK_COLON))
            return lower;
    }
    const Token *colon = advance(p);
    Node *node = lower ? new_node(p, EXPR_SLICE, lower->line, lower->col)
                       : node_at_token(p, EXPR_SLICE, colon);
    node->as.slice.lower = lower;
    if (!ends_slice_bound(kind_at(p, 0)))
        node->as.slice.upper = expression(p);
    if (match(p, TOK_COLON) && !ends_slice_bound(kind_at(p, 0)))
        node->as.slice.step = expression(p);
    return node;
}

/* atom followed by .name, (args) and [index] trailers. */
static Node *primary(Parser *p)
{
    Node *node = atom(p);
    for (;;) {
        Node *trailer;
        if (match(p, TOK_DOT)) {
            trailer = new_node(p, EXPR_ATTRIBUTE, node->line, node->col);
            if (!check(p, TOK_NAME))
                invalid_syntax(p);
            trailer->as.attribute.object = node;
            trailer->as.attribute.attr = name_object(p, advance(p));
        } else if (match(p, TOK_LPAREN)) {
            trailer = new_node(p, EXPR_CALL, node->line, node->col);
            trailer->as.call.func = node;
            call_arguments(p, trailer);
        } else if (match(p, TOK_LBRACKET)) {
            trailer = new_node(p, EXPR_SUBSCRIPT, node->line, node->col);
            trailer->as.subscript.object = node;
            trailer->as.subscript.index = expression_list(p, slice_item);
            if (!match(p, TOK_RBRACKET))
                after_element(p, trailer->as.subscript.index);
        } else {
            return node;
        }
        node = trailer;
    }
}

static Node *unary(Parser *p, UnaryOp op, Node *(*operand)(Parser *))
{
    const Token *token = advance(p);
    Node *node = node_at_token(p, EXPR_UNARY, token);
    node->as.unary.op = op;
    enter_level(p, 1);
    node->as.unary.operand = operand(p);
    leave_level(p, 1);
    return node;
}

static Node *binary(Parser *p, Node *left, int op, Node *(*operand)(Parser *))
{
    advance(p);
    Node *node = new_node(p, EXPR_BINARY, left->line, left->col);
    node->as.binary.op = op;
    node->as.binary.left = left;
    node->as.binary.right = operand(p);
    return node;
}

static Node *factor(Parser *p);

/* primary ** factor: binds tighter than a unary minus on its left and
 * looser than one on its right, so -2**2 is -4 and 2**-1 is 0.5; right
 * associative, so 2**3**2 is 2**9, and so it nests: `a**a**...` of
 * 2,985 terms is CPython's MemoryError. */
static Node *power(Parser *p)
{
    Node *base = primary(p);
    if (!check(p, TOK_DOUBLESTAR))
        return base;
    enter_level(p, 2);          /* CPython's power and factor rules */
    Node *node = binary(p, base, 'p', factor);
    leave_level(p, 2);
    return node;
}

static Node *factor(Parser *p)
{
    if (check(p, TOK_MINUS))
        return unary(p, UNARY_NEG, factor);
    if (check(p, TOK_PLUS))
        return unary(p, UNARY_POS, factor);
    if (check(p, TOK_TILDE))
        return unary(p, UNARY_INVERT, factor);
    return power(p);
}

static int term_operator(TokenKind kind)
{
    switch (kind) {
    case TOK_STAR: return '*';
    case TOK_SLASH: return '/';
    case TOK_DOUBLESLASH: return 'f';
    case TOK_PERCENT: return '%';
    default: return 0;
    }
}

static Node *term(Parser *p)
{
    Node *node = factor(p);
    int op;
    while ((op = term_operator(kind_at(p, 0))) != 0)
        node = binary(p, node, op, factor);
    return node;
}

Node *sum(Parser *p)
{
    Node *node = term(p);
    for (;;) {
        if (check(p, TOK_PLUS))
            node = binary(p, node, '+', term);
        else if (check(p, TOK_MINUS))
            node = binary(p, node, '-', term);
        else
            return node;
    }
}

/* One left-associative level of binary operators: `operand (op operand)*`,
 * where `operator` gives the op of a token, or 0. */
static Node *binary_level(Parser *p, Node *(*operand)(Parser *), int (*operator)(TokenKind))
{
    Node *node = operand(p);
    int op;
    while ((op = operator(kind_at(p, 0))) != 0)
        node = binary(p, node, op, operand);
    return node;
}

static int shift_operator(TokenKind kind)
{
    return kind == TOK_LSHIFT ? 'l' : kind == TOK_RSHIFT ? 'r' : 0;
}

static int and_operator(TokenKind kind) { return kind == TOK_AMPER ? '&' : 0; }
static int xor_operator(TokenKind kind) { return kind == TOK_CIRCUMFLEX ? '^' : 0; }
static int or_operator(TokenKind kind) { return kind == TOK_VBAR ? '|' : 0; }

/* a << b, then &, ^ and | in CPython's order (shift_expr ... bitwise_or). */
static Node *shift_expr(Parser *p) { return binary_level(p, sum, shift_operator); }
static Node *bitwise_and(Parser *p) { return binary_level(p, shift_expr, and_operator); }
static Node *bitwise_xor(Parser *p) { return binary_level(p, bitwise_and, xor_operator); }
static Node *bitwise_or(Parser *p) { return binary_level(p, bitwise_xor, or_operator); }

/* The comparison operator at the current token (consumed), or -1. */
static int comparison_operator(Parser *p)
{
    static const TokenKind simple[] = {TOK_LT, TOK_LE, TOK_EQEQ, TOK_NOTEQ, TOK_GT, TOK_GE};
    static const CmpKind simple_kind[] = {CMPK_LT, CMPK_LE, CMPK_EQ, CMPK_NE, CMPK_GT, CMPK_GE};
    TokenKind kind = kind_at(p, 0);
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++) {
        if (kind == simple[i]) {
            advance(p);
            return (int)simple_kind[i];
        }
    }
    if (kind == TOK_IN) {
        advance(p);
        return CMPK_IN;
    }
    if (kind == TOK_NOT && kind_at(p, 1) == TOK_IN) {
        p->pos += 2;
        return CMPK_NOT_IN;
    }
    if (kind == TOK_IS) {
        advance(p);
        return match(p, TOK_NOT) ? CMPK_IS_NOT : CMPK_IS;
    }
    return -1;
}

/* a < b <= c: one node with n operators, as CPython's Compare. */
static Node *comparison(Parser *p)
{
    Node *left = bitwise_or(p);
    int op = comparison_operator(p);
    if (op < 0)
        return left;
    Node *node = new_node(p, EXPR_COMPARE, left->line, left->col);
    size_t count = 0, op_capacity = 0, comparator_capacity = 0;
    CmpKind *ops = NULL;
    Node **comparators = NULL;
    for (; op >= 0; op = comparison_operator(p)) {
        ops = grow(p, ops, count, &op_capacity, sizeof(CmpKind));
        comparators = grow(p, comparators, count, &comparator_capacity, sizeof(Node *));
        ops[count] = (CmpKind)op;
        comparators[count++] = bitwise_or(p);
    }
    node->as.compare.left = left;
    node->as.compare.count = count;
    node->as.compare.ops = ops;
    node->as.compare.comparators = comparators;
    return node;
}

static Node *inversion(Parser *p)
{
    if (check(p, TOK_NOT))
        return unary(p, UNARY_NOT, inversion);
    return comparison(p);
}

/* a and b and c (is_and) / a or b or c: one node with all the values. */
static Node *bool_operation(Parser *p, TokenKind keyword, Node *(*operand)(Parser *))
{
    Node *first = operand(p);
    if (!check(p, keyword))
        return first;
    Node *node = new_node(p, EXPR_BOOLOP, first->line, first->col);
    ListBuilder values = {{0, NULL}, 0};
    push_node(p, &values, first);
    while (match(p, keyword))
        push_node(p, &values, operand(p));
    node->as.boolop.is_and = keyword == TOK_AND;
    node->as.boolop.values = values.list;
    return node;
}

static Node *conjunction(Parser *p) { return bool_operation(p, TOK_AND, inversion); }
Node *disjunction(Parser *p) { return bool_operation(p, TOK_OR, conjunction); }

/* lambda a, b=1: value. Its code is a function's whose body returns the
 * value, as CPython compiles a lambda. */
static Node *lambda_expression(Parser *p)
{
    Node *node = node_at_token(p, EXPR_LAMBDA, advance(p));
    node->as.funcdef.name = name_from_text(p, "<lambda>");
    parameters(p, node, TOK_COLON);
    enter_level(p, 2);
    Node *value = expression(p);
    leave_level(p, 2);
    Node *body = new_node(p, STMT_RETURN, value->line, value->col);
    body->as.expr.value = value;
    ListBuilder statements = {{0, NULL}, 0};
    push_node(p, &statements, body);
    node->as.funcdef.body = statements.list;
    return node;
}

/* body if test else orelse | lambda | disjunction */
Node *expression(Parser *p)
{
    if (check(p, TOK_LAMBDA))
        return lambda_expression(p);
    Node *body = disjunction(p);
    if (!check(p, TOK_IF))
        return body;
    advance(p);
    Node *node = new_node(p, EXPR_IFEXP, body->line, body->col);
    node->as.ifexp.body = body;
    node->as.ifexp.test = disjunction(p);
    if (!match(p, TOK_ELSE)) {
        if (check(p, TOK_COLON))
            invalid_syntax(p);
        error_at(p, body->line, body->col, "expected 'else' after 'if' expression");
    }
    enter_level(p, 1);
    node->as.ifexp.orelse = expression(p);
    leave_level(p, 1);
    return node;
}

/* Can `kind` end an expression list? Then a trailing comma is allowed. */
static bool ends_expression_list(TokenKind kind)
{
    switch (kind) {
    case TOK_NEWLINE: case TOK_EOF: case TOK_SEMICOLON: case TOK_EQUAL:
    case TOK_RPAREN: case TOK_RBRACKET: case TOK_RBRACE: case TOK_COLON:
    case TOK_PLUSEQ: case TOK_MINUSEQ: case TOK_STAREQ: case TOK_IN:
    case TOK_SLASHEQ: case TOK_DOUBLESLASHEQ: case TOK_PERCENTEQ: case TOK_DOUBLESTAREQ:
    case TOK_LSHIFTEQ: case TOK_RSHIFTEQ: case TOK_AMPEREQ: case TOK_VBAREQ:
    case TOK_CIRCUMFLEXEQ:
        return true;
    default:
        return false;
    }
}

/* a, b, c without brackets: a tuple (assignments, return, for). */
Node *expression_list(Parser *p, Node *(*element)(Parser *))
{
    Node *first = element(p);
    if (!check(p, TOK_COMMA))
        return first;
    Node *tuple = new_node(p, EXPR_TUPLE, first->line, first->col);
    ListBuilder elts = {{0, NULL}, 0};
    push_node(p, &elts, first);
    while (match(p, TOK_COMMA) && !ends_expression_list(kind_at(p, 0)))
        push_node(p, &elts, element(p));
    tuple->as.list.elts = elts.list;
    return tuple;
}

/* *x or an expression: an item of a display or an expression list */
Node *star_expression(Parser *p)
{
    return check(p, TOK_STAR) ? starred_expression(p, sum) : expression(p);
}

/* *x or a target: an item of a `for` target list */
Node *star_target(Parser *p)
{
    return check(p, TOK_STAR) ? starred_expression(p, sum) : sum(p);
}

Node *star_expressions(Parser *p) { return expression_list(p, star_expression); }

/* ---- targets -------------------------------------------------------------- */

/* What CPython calls an expression in "cannot assign to ...". */
const char *expression_name(const Node *node)
{
    switch (node->kind) {
    case EXPR_CALL: return "function call";
    case EXPR_UNARY: case EXPR_BINARY: case EXPR_BOOLOP: return "expression";
    case EXPR_COMPARE: return "comparison";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_NAME: return "name";
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_IFEXP: return "conditional expression";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_STARRED: return "starred";
    case EXPR_LISTCOMP: return "list comprehension";
    case EXPR_SETCOMP: return "set comprehension";
    case EXPR_DICTCOMP: return "dict comprehension";
    case EXPR_GENEXP: return "generator expression";
    case EXPR_CONSTANT:
        if (node->as.constant.value == None) return "None";
        if (node->as.constant.value == True) return "True";
        if (node->as.constant.value == False) return "False";
        return "literal";
    default: return "expression";
    }
}

/* The first part of a target that cannot be assigned to, or NULL. */
static const Node *invalid_target(const Node *node)
{
    switch (node->kind) {
    case EXPR_NAME: case EXPR_ATTRIBUTE: case EXPR_SUBSCRIPT:
        return NULL;
    case EXPR_STARRED:
        return invalid_target(node->as.starred.value);
    case EXPR_TUPLE: case EXPR_LIST:
        for (size_t i = 0; i < node->as.list.elts.count; i++) {
            const Node *bad = invalid_target(node->as.list.elts.items[i]);
            if (bad != NULL)
                return bad;
        }
        return NULL;
    default:
        return node;
    }
}

static bool is_keyword_constant(const Node *node)
{
    return node->kind == EXPR_CONSTANT
        && (node->as.constant.value == None || node->as.constant.value == True
            || node->as.constant.value == False);
}

/* `1 = x`: CPython guesses a comparison was meant, when the bad target is
 * a plain expression and the only target. */
static bool looks_like_comparison(const Node *target, const Node *bad, bool last)
{
    bool display = target->kind == EXPR_TUPLE || target->kind == EXPR_LIST;
    bool above_bitwise = target->kind == EXPR_COMPARE || target->kind == EXPR_BOOLOP
        || target->kind == EXPR_IFEXP || target->kind == EXPR_LAMBDA
        || (target->kind == EXPR_UNARY && target->as.unary.op == UNARY_NOT);
    return last && bad == target && !display && !above_bitwise && target->kind != EXPR_GENEXP
        && !is_keyword_constant(target);
}

void check_assign_targets(Parser *p, const NodeList *targets)
{
    for (size_t i = 0; i < targets->count; i++) {
        const Node *target = targets->items[i];
        const Node *bad = invalid_target(target);
        if (bad == NULL)
            continue;
        if (looks_like_comparison(target, bad, targets->count == 1))
            error_at(p, bad->line, bad->col, "cannot assign to %s here. Maybe "
                     "you meant '==' instead of '='?", expression_name(bad));
        error_at(p, bad->line, bad->col, "cannot assign to %s", expression_name(bad));
    }
}

/* The first starred part of a target, or NULL. */
static const Node *starred_part(const Node *node)
{
    if (node->kind == EXPR_STARRED)
        return node;
    if (node->kind != EXPR_TUPLE && node->kind != EXPR_LIST)
        return NULL;
    for (size_t i = 0; i < node->as.list.elts.count; i++) {
        const Node *starred = starred_part(node->as.list.elts.items[i]);
        if (starred != NULL)
            return starred;
    }
    return NULL;
}

void check_target(Parser *p, const Node *target, const char *verb)
{
    const Node *starred = strcmp(verb, "delete") == 0 ? starred_part(target) : NULL;
    if (starred != NULL)
        error_at(p, starred->line, starred->col, "cannot delete starred");
    const Node *bad = invalid_target(target);
    if (bad != NULL)
        error_at(p, bad->line, bad->col, "cannot %s %s", verb, expression_name(bad));
}
