/* fstring.c: f-strings, cut as CPython 3.11's Parser/string_parser.c cuts
 * them (fstring_find_literal, fstring_find_expr), with its messages.
 *
 * f'a{x!r:>{w}}b' becomes, in the tree, the call
 *     BUILD_STRING('a', FORMAT_VALUE_r(x, BUILD_STRING(FORMAT_VALUE(w))), 'b')
 * whose callables are constants (strformat.h's fstring_step), so that the
 * evaluator needs nothing new: the parts are evaluated left to right and
 * each field is formatted before the next is evaluated, and the call
 * holds the formatted parts as CPython's value stack does.
 *
 * Everything lives in the unit's arena: a syntax error leaves by longjmp.
 */
#include "fstring.h"

#include <string.h>

#include "escapes.h"
#include "str.h"
#include "strformat.h"

#define MAX_NESTING 2           /* CPython: "expressions nested too deeply" */
#define MAX_BRACKETS 200        /* CPython's MAXLEVEL */

typedef struct Parts {
    Node **items;
    size_t count, capacity;
} Parts;

typedef struct Cutter {
    Unit *unit;
    const FstringHooks *hooks;
    const Token *token;         /* the f-string token being cut */
    bool raw;
    char *literal;              /* literal text waiting to become a part */
    size_t literal_size, literal_capacity;
} Cutter;

bool fstring_token(const Token *token)
{
    for (const char *p = token->start; *p != '\'' && *p != '"'; p++)
        if (*p == 'f' || *p == 'F')
            return true;
    return false;
}

static void fail(Cutter *c, const char *message)
{
    c->hooks->error(c->hooks->parser, message);
}

static Node *cut_node(Cutter *c, NodeKind kind)
{
    Node *node = arena_alloc(c->unit, sizeof *node);
    node->kind = kind;
    node->line = c->token->line;
    node->col = c->token->col;
    return node;
}

static Node *constant(Cutter *c, Object *value)
{
    Node *node = cut_node(c, EXPR_CONSTANT);
    if (value == NULL)
        fail(c, "f-string: out of memory");
    node->as.constant.value = arena_keep(c->unit, value);
    return node;
}

static void parts_add(Cutter *c, Parts *parts, Node *node)
{
    if (parts->count == parts->capacity) {
        size_t capacity = parts->capacity ? parts->capacity * 2 : 4;
        Node **items = arena_alloc(c->unit, capacity * sizeof *items);
        if (parts->count)
            memcpy(items, parts->items, parts->count * sizeof *items);
        parts->items = items;
        parts->capacity = capacity;
    }
    parts->items[parts->count++] = node;
}

/* A call of step `which` (strformat.h) on the parts. */
static Node *step_call(Cutter *c, char which, Parts *args)
{
    Node *call = cut_node(c, EXPR_CALL);
    call->as.call.func = constant(c, incref(fstring_step(which)));
    call->as.call.args.count = args->count;
    call->as.call.args.items = args->items;
    return call;
}

static void literal_add(Cutter *c, const char *text, size_t size)
{
    if (size == 0)
        return;
    if (c->literal_size + size > c->literal_capacity) {
        size_t capacity = (c->literal_capacity + size) * 2;
        char *grown = arena_alloc(c->unit, capacity);
        if (c->literal_size)
            memcpy(grown, c->literal, c->literal_size);
        c->literal = grown;
        c->literal_capacity = capacity;
    }
    memcpy(c->literal + c->literal_size, text, size);
    c->literal_size += size;
}

/* The literal text gathered so far becomes a part (none if empty). */
static void literal_flush(Cutter *c, Parts *parts)
{
    if (c->literal_size == 0)
        return;
    parts_add(c, parts, constant(c, str_from_utf8(c->literal, c->literal_size)));
    c->literal_size = 0;
}

/* Raw literal text [start, end) with its escapes decoded: CPython decodes
 * each piece between fields apart, so an error's positions count from
 * the piece's start. */
static void literal_decode(Cutter *c, const char *start, const char *end)
{
    char *decoded = arena_alloc(c->unit, (size_t)(end - start) + 1);
    size_t size;
    EscapeError error;
    if (!decode_string_body(start, end, c->raw, decoded, &size, &error)) {
        char message[160];
        escape_error_message(&error, message, sizeof message);
        fail(c, message);
    }
    literal_add(c, decoded, size);
}

/* Where the literal text from p ends: at a '{' or '}' that is not part of
 * an escape (CPython's fstring_find_literal). The braces of \N{name} are
 * the escape's; a backslash does not hide a brace ("\{" is a backslash,
 * then a field). */
static const char *literal_end(Cutter *c, const char *p, const char *end)
{
    while (p < end && *p != '{' && *p != '}') {
        if (*p++ != '\\' || c->raw || p >= end)
            continue;
        if (*p == 'N') {
            if (++p < end && *p++ == '{') {
                while (p < end && *p++ != '}')
                    ;
            }
        } else if (*p != '{' && *p != '}') {
            p++;
        }
    }
    return p;
}

static const char *cut(Cutter *c, const char *p, const char *end, int nesting, Parts *parts);

/* Where the expression of a field ends (at '}', '!', ':' or a lone '='
 * outside brackets and strings), with CPython's checks. */
static const char *expression_end(Cutter *c, const char *p, const char *end)
{
    char brackets[MAX_BRACKETS];
    int depth = 0;
    char quote = 0;
    bool triple = false;
    for (; p < end; p++) {
        char ch = *p;
        if (ch == '\\')
            fail(c, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote && (!triple || (end - p >= 3 && p[1] == quote && p[2] == quote))) {
                p += triple ? 2 : 0;
                quote = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            triple = end - p >= 3 && p[1] == ch && p[2] == ch;
            p += triple ? 2 : 0;
            quote = ch;
        } else if (ch == '[' || ch == '(' || ch == '{') {
            if (depth >= MAX_BRACKETS)
                fail(c, "f-string: too many nested parenthesis");
            brackets[depth++] = ch;
        } else if (ch == '#') {
            fail(c, "f-string expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=')) {
            bool operator_eq = end - p >= 2 && p[1] == '=' && (ch == '=' || ch == '!');
            bool compare = ch == '=' && (p[-1] == '<' || p[-1] == '>' || p[-1] == '=' || p[-1] == '!');
            if (operator_eq) {
                p++;
                continue;
            }
            if (!compare)
                return p;
        } else if (ch == ']' || ch == ')' || ch == '}') {
            if (depth == 0) {
                char text[] = "f-string: unmatched '_'";
                text[sizeof text - 3] = ch;
                fail(c, text);
            }
            char open = brackets[--depth];
            if ((open == '(' && ch != ')') || (open == '[' && ch != ']') || (open == '{' && ch != '}')) {
                char text[] = "f-string: closing parenthesis '_' does not match opening parenthesis '_'";
                text[31] = ch;
                text[sizeof text - 3] = open;
                fail(c, text);
            }
        }
    }
    if (quote)
        fail(c, "f-string: unterminated string");
    if (depth > 0)
        fail(c, "f-string: expecting '}'");
    return p;
}

static bool blank(const char *p, const char *end)
{
    for (; p < end; p++)
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f')
            return false;
    return true;
}

/* One replacement field after its '{'; returns the text after its '}'. */
static const char *field(Cutter *c, const char *p, const char *end, int nesting, Parts *parts)
{
    if (nesting >= MAX_NESTING)
        fail(c, "f-string: expressions nested too deeply");
    const char *start = p;
    p = expression_end(c, p, end);
    if (blank(start, p)) {
        if (p < end && *p == '=')
            fail(c, "f-string: expression required before '='");
        fail(c, p < end ? "f-string: empty expression not allowed" : "f-string: expecting '}'");
    }
    if (p >= end)
        fail(c, "f-string: expecting '}'");
    Node *value = c->hooks->expression(c->hooks->parser, start, (size_t)(p - start), c->token->line);
    char conversion = 0;
    bool explicit_conversion = false;
    if (*p == '=') {                /* f'{x=}': the text, then repr unless a spec follows */
        p++;
        literal_add(c, start, (size_t)(p - start));
        const char *ws = p;
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        literal_add(c, ws, (size_t)(p - ws));
        conversion = 'r';
    }
    literal_flush(c, parts);
    if (p < end && *p == '!') {
        p++;
        if (p >= end)
            fail(c, "f-string: expecting '}'");
        conversion = *p++;
        explicit_conversion = true;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            fail(c, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    Parts args = {NULL, 0, 0};
    parts_add(c, &args, value);
    if (p < end && *p == ':') {
        if (!explicit_conversion)
            conversion = 0;         /* f'{x=:>5}' formats, it does not repr */
        Parts spec = {NULL, 0, 0};
        p = cut(c, p + 1, end, nesting + 1, &spec);
        parts_add(c, &args, spec.count == 1 && spec.items[0]->kind == EXPR_CONSTANT
                                ? spec.items[0]
                                : spec.count == 0 ? constant(c, str_from_utf8("", 0))
                                                  : step_call(c, 'j', &spec));
    }
    if (p >= end || *p != '}')
        fail(c, "f-string: expecting '}'");
    parts_add(c, parts, step_call(c, conversion, &args));
    return p + 1;
}

/* Literal text and fields up to `end`, or, in a format spec (nesting >
 * 0), up to the '}' that closes it (left unread). */
static const char *cut(Cutter *c, const char *p, const char *end, int nesting, Parts *parts)
{
    while (p < end) {
        const char *start = p;
        p = literal_end(c, p, end);
        literal_decode(c, start, p);
        if (p >= end)
            break;
        if (nesting > 0 && *p == '}')
            break;
        if (p + 1 < end && p[1] == *p) {    /* {{ and }} */
            literal_add(c, p, 1);
            p += 2;
            continue;
        }
        if (*p == '}')
            fail(c, "f-string: single '}' is not allowed");
        p = field(c, p + 1, end, nesting, parts);
    }
    literal_flush(c, parts);
    return p;
}

Node *fstring_literal(Unit *unit, const Token *tokens, size_t count, const FstringHooks *hooks)
{
    Cutter c = {unit, hooks, tokens, false, NULL, 0, 0};
    Parts parts = {NULL, 0, 0};
    for (size_t i = 0; i < count; i++) {
        const Token *token = &tokens[i];
        const char *end;
        const char *body = string_body(token, &end, &c.raw);
        c.token = token;
        if (fstring_token(token))
            cut(&c, body, end, 0, &parts);
        else
            literal_decode(&c, body, end);
    }
    c.token = tokens;
    literal_flush(&c, &parts);
    if (parts.count == 0)
        return constant(&c, str_from_utf8("", 0));
    if (parts.count == 1 && parts.items[0]->kind == EXPR_CONSTANT)
        return parts.items[0];
    return step_call(&c, 'j', &parts);
}
