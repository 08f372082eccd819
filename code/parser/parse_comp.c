/* parse_comp.c: the clauses of comprehensions and generator expressions,
 * `elt for target in iter if cond ...` (CPython's for_if_clauses in
 * Parser/parser.c).
 *
 * A comprehension becomes two nodes that share their clauses: the
 * EXPR_LISTCOMP (SETCOMP, DICTCOMP, GENEXP) that the enclosing code
 * evaluates, and the EXPR_COMP_LOOP that is the whole body of the
 * comprehension's own code, as one `return`: CPython 3.11 compiles every
 * comprehension into a function of one parameter, ".0", the iterator of
 * the first iterable, and calls it at once (a generator expression's
 * function makes a generator instead).
 */
#include <string.h>

#include "parser_internal.h"

/* for target in iter (if cond)*, once or more */
static void comprehension_clauses(Parser *p, Node *node)
{
    Comprehension *clauses = NULL;
    size_t count = 0, capacity = 0;
    while (check(p, TOK_FOR)) {
        advance(p);
        clauses = grow(p, clauses, count, &capacity, sizeof(Comprehension));
        Comprehension *clause = &clauses[count++];
        memset(clause, 0, sizeof *clause);
        clause->target = expression_list(p, star_target);
        check_target(p, clause->target, "assign to");
        expect(p, TOK_IN);
        clause->iter = disjunction(p);
        ListBuilder ifs = {{0, NULL}, 0};
        while (match(p, TOK_IF))
            push_node(p, &ifs, disjunction(p));
        clause->ifs = ifs.list;
    }
    if (check(p, TOK_ASYNC))
        error_at_token(p, current(p), "asynchronous comprehension outside of an "
                       "asynchronous function");
    node->as.comp.ngenerators = count;
    node->as.comp.generators = clauses;
}

Node *comprehension(Parser *p, NodeKind kind, const Token *open, Node *elt, Node *value)
{
    if (elt->kind == EXPR_STARRED)
        error_at(p, elt->line, elt->col, "iterable unpacking cannot be used in comprehension");
    Node *node = node_at_token(p, kind, open);
    node->as.comp.kind = (int)kind;
    node->as.comp.elt = elt;
    node->as.comp.value = value;
    comprehension_clauses(p, node);
    Node *loop = new_node(p, EXPR_COMP_LOOP, elt->line, elt->col);
    loop->as.comp = node->as.comp;
    Node *body = new_node(p, STMT_RETURN, elt->line, elt->col);
    body->as.expr.value = loop;
    ListBuilder statements = {{0, NULL}, 0};
    push_node(p, &statements, body);
    node->as.comp.body = statements.list;
    return node;
}
