/* lexer.c: the tokenizer (see lexer.h).
 *
 * The structure follows clox's scanner: skip what is not a token, look at
 * the first character, and hand the rest to a small function per kind of
 * token. What Python adds is layout: at the start of every line outside
 * brackets the indentation is measured against a stack of columns, as in
 * CPython's tokenizer.c, and INDENT or DEDENT tokens come out before the
 * line's first real token. Errors use CPython 3.11's words and positions.
 */
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- errors ------------------------------------------------------------ */

static Token error_token(Lexer *lx)
{
    Token token = {TOK_ERROR, lx->cur, 0, lx->error.line, 0, lx->depth};
    return token;
}

/* Record why the lexer stops. `offset` is 1-based, in bytes of `line`. */
static Token fail(Lexer *lx, LexErrorKind kind, int line, int offset,
                  const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->error.message, sizeof lx->error.message, fmt, ap);
    va_end(ap);
    lx->error.kind = kind;
    lx->error.line = line;
    lx->error.offset = offset;
    return error_token(lx);
}

static int column_of(const Lexer *lx, const char *p)
{
    return (int)(p - lx->line_start);
}

/* Length of the current line, without its newline. */
static int line_length(const Lexer *lx)
{
    const char *p = lx->line_start;
    while (p < lx->end && *p != '\n')
        p++;
    return (int)(p - lx->line_start);
}

/* ---- characters ----------------------------------------------------------- */

static bool is_ident_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_ident_char(int c) { return is_ident_start(c) || is_digit(c); }

static int peek_at(const Lexer *lx, size_t ahead)
{
    const char *p = lx->cur + ahead;
    return p < lx->end ? (unsigned char)*p : -1;
}

static int peek(const Lexer *lx) { return peek_at(lx, 0); }

static void new_line(Lexer *lx, const char *after_newline)
{
    lx->line++;
    lx->line_start = after_newline;
}

/* Decode one UTF-8 sequence at p (at most `avail` bytes); U+FFFD and one
 * byte when it is malformed. */
static unsigned decode_utf8(const char *p, size_t avail, int *nbytes)
{
    const unsigned char *s = (const unsigned char *)p;
    int n = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 1;
    unsigned cp = n == 1 ? s[0] : s[0] & (0x3F >> (n - 1));
    if ((size_t)n > avail)
        n = 1;
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *nbytes = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    *nbytes = n;
    return cp;
}

/* ---- tokens --------------------------------------------------------------- */

static Token make_token(Lexer *lx, TokenKind kind, const char *start)
{
    Token token = {kind, start, (size_t)(lx->cur - start), lx->line,
                   column_of(lx, start), lx->depth};
    lx->line_has_tokens = true;
    return token;
}

/* A layout token (NEWLINE, INDENT, DEDENT, EOF) at a given place: the
 * column is chosen so that col + 1 is the offset CPython reports there. */
static Token layout_token(Lexer *lx, TokenKind kind, int line, int col)
{
    Token token = {kind, lx->cur, 0, line, col, lx->depth};
    return token;
}

typedef struct ReservedWord {
    const char *text;
    TokenKind kind;
} ReservedWord;

static const ReservedWord keywords[] = {
    {"False", TOK_FALSE}, {"None", TOK_NONE}, {"True", TOK_TRUE},
    {"and", TOK_AND}, {"as", TOK_AS}, {"assert", TOK_ASSERT},
    {"async", TOK_ASYNC}, {"await", TOK_AWAIT}, {"break", TOK_BREAK},
    {"class", TOK_CLASS}, {"continue", TOK_CONTINUE}, {"def", TOK_DEF},
    {"del", TOK_DEL}, {"elif", TOK_ELIF}, {"else", TOK_ELSE},
    {"except", TOK_EXCEPT}, {"finally", TOK_FINALLY}, {"for", TOK_FOR},
    {"from", TOK_FROM}, {"global", TOK_GLOBAL}, {"if", TOK_IF},
    {"import", TOK_IMPORT}, {"in", TOK_IN}, {"is", TOK_IS},
    {"lambda", TOK_LAMBDA}, {"nonlocal", TOK_NONLOCAL}, {"not", TOK_NOT},
    {"or", TOK_OR}, {"pass", TOK_PASS}, {"raise", TOK_RAISE},
    {"return", TOK_RETURN}, {"try", TOK_TRY}, {"while", TOK_WHILE},
    {"with", TOK_WITH}, {"yield", TOK_YIELD},
};

static TokenKind keyword_or_name(const char *start, size_t length)
{
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        if (strlen(keywords[i].text) == length
            && memcmp(keywords[i].text, start, length) == 0)
            return keywords[i].kind;
    }
    return TOK_NAME;
}

static Token string(Lexer *lx, const char *start);

static Token name(Lexer *lx)
{
    const char *start = lx->cur;
    while (peek(lx) >= 0 && is_ident_char(peek(lx)))
        lx->cur++;
    size_t length = (size_t)(lx->cur - start);
    /* r'...', u'...', f'...' and rf'...': the string prefixes of the subset */
    bool prefix = (length == 1 && strchr("rRuUfF", *start) != NULL)
                  || (length == 2 && strchr("rRfF", start[0]) && strchr("rRfF", start[1])
                      && (start[0] | 0x20) != (start[1] | 0x20));
    if (prefix && (peek(lx) == '\'' || peek(lx) == '"'))
        return string(lx, start);
    return make_token(lx, keyword_or_name(start, length), start);
}

/* ---- strings -------------------------------------------------------------- */

static Token unterminated(Lexer *lx, const char *start, int start_line,
                          const char *start_line_begin, bool triple)
{
    int offset = (int)(start - start_line_begin) + 1;
    /* at the end of the input, CPython counts the last line with text */
    int detected = lx->line;
    if (triple && lx->cur > start && lx->cur[-1] == '\n')
        detected--;
    return fail(lx, triple ? LEXERR_UNCLOSED_STRING : LEXERR_HARD,
                start_line, offset,
                "unterminated %sstring literal (detected at line %d)",
                triple ? "triple-quoted " : "", detected);
}

/* The scan only finds the end; escapes.c makes the value. A
 * backslash hides the next character, even a quote or a newline. */
static Token string(Lexer *lx, const char *start)
{
    int start_line = lx->line;
    const char *start_line_begin = lx->line_start;
    char quote = *lx->cur;
    bool triple = peek_at(lx, 1) == quote && peek_at(lx, 2) == quote;
    lx->cur += triple ? 3 : 1;
    for (;;) {
        int c = peek(lx);
        if (c < 0 || (c == '\n' && !triple))
            return unterminated(lx, start, start_line, start_line_begin, triple);
        lx->cur++;
        if (c == quote && (!triple || (peek(lx) == quote && peek_at(lx, 1) == quote))) {
            lx->cur += triple ? 2 : 0;
            break;
        }
        if (c == '\\' && peek(lx) >= 0)
            c = *lx->cur++;
        if (c == '\n')
            new_line(lx, lx->cur);
    }
    Token token = make_token(lx, TOK_STRING, start);
    token.line = start_line;
    token.col = (int)(start - start_line_begin);
    return token;
}

int lexer_hex_value(int c)
{
    if (is_digit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* ---- numbers -------------------------------------------------------------- */

/* Digits with single underscores between them. Returns false (error set)
 * on an underscore not followed by a digit. */
static bool digits(Lexer *lx, int (*value_of)(int))
{
    for (;;) {
        while (peek(lx) >= 0 && value_of(peek(lx)) >= 0)
            lx->cur++;
        if (peek(lx) != '_')
            return true;
        lx->cur++;
        if (peek(lx) < 0 || value_of(peek(lx)) < 0)
            return false;
    }
}

static int decimal_value(int c) { return is_digit(c) ? c - '0' : -1; }
static int octal_value(int c) { return c >= '0' && c <= '7' ? c - '0' : -1; }
static int binary_value(int c) { return c == '0' || c == '1' ? c - '0' : -1; }

static Token invalid_number(Lexer *lx, const char *kind)
{
    /* CPython points at the offending character (its offset counts the
     * characters before it). */
    return fail(lx, LEXERR_HARD, lx->line, column_of(lx, lx->cur),
                "invalid %s literal", kind);
}

/* CPython accepts `1if x else y` and friends (with a warning). */
static bool keyword_follows(const Lexer *lx)
{
    static const char *const allowed[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++) {
        size_t n = strlen(allowed[i]);
        if ((size_t)(lx->end - lx->cur) >= n && memcmp(lx->cur, allowed[i], n) == 0)
            return true;
    }
    return false;
}

static Token end_of_number(Lexer *lx, const char *start, const char *kind)
{
    int c = peek(lx);
    if (c >= 0 && (is_ident_char(c) || c >= 0x80) && !keyword_follows(lx))
        return invalid_number(lx, kind);
    return make_token(lx, TOK_NUMBER, start);
}

static Token radix_number(Lexer *lx, const char *start)
{
    char marker = (char)(lx->cur[1] | 0x20);
    int (*value_of)(int) = marker == 'x' ? lexer_hex_value
                         : marker == 'o' ? octal_value : binary_value;
    const char *kind = marker == 'x' ? "hexadecimal"
                     : marker == 'o' ? "octal" : "binary";
    lx->cur += 2;
    if (peek(lx) == '_')
        lx->cur++;
    if (peek(lx) < 0 || value_of(peek(lx)) < 0 || !digits(lx, value_of))
        return invalid_number(lx, kind);
    if (marker != 'x' && is_digit(peek(lx)))
        return fail(lx, LEXERR_HARD, lx->line, column_of(lx, lx->cur) + 1,
                    "invalid digit '%c' in %s literal", *lx->cur, kind);
    return end_of_number(lx, start, kind);
}

static bool exponent(Lexer *lx)
{
    int c = peek(lx);
    if (c != 'e' && c != 'E')
        return true;
    size_t sign = (peek_at(lx, 1) == '+' || peek_at(lx, 1) == '-') ? 1 : 0;
    if (!is_digit(peek_at(lx, 1 + sign))) {
        if (sign) {
            lx->cur += 2;               /* CPython points after the sign */
            return false;
        }
        return true;                    /* `1e`: caught as 'e' after a number */
    }
    lx->cur += 1 + sign;
    return digits(lx, decimal_value);
}

/* "0777": CPython refuses leading zeros in a non-zero decimal int. */
static bool has_leading_zero(const char *start, const char *end)
{
    if (*start != '0')
        return false;
    for (const char *p = start; p < end; p++) {
        if (*p != '0' && *p != '_')
            return true;
    }
    return false;
}

static Token number(Lexer *lx)
{
    const char *start = lx->cur;
    if (*start == '0' && strchr("xXoObB", peek_at(lx, 1)) && peek_at(lx, 1) > 0)
        return radix_number(lx, start);
    if (!digits(lx, decimal_value))
        return invalid_number(lx, "decimal");
    const char *int_end = lx->cur;
    bool is_float = false;
    if (peek(lx) == '.') {
        is_float = true;
        lx->cur++;
        if (is_digit(peek(lx)) && !digits(lx, decimal_value))
            return invalid_number(lx, "decimal");
    }
    int c = peek(lx);
    if ((c == 'e' || c == 'E') && (is_digit(peek_at(lx, 1)) || peek_at(lx, 1) == '+' || peek_at(lx, 1) == '-'))
        is_float = true;
    if (!exponent(lx))
        return invalid_number(lx, "decimal");
    if (!is_float && has_leading_zero(start, int_end))
        return fail(lx, LEXERR_HARD, lx->line, column_of(lx, start) + 1,
                    "leading zeros in decimal integer literals are not "
                    "permitted; use an 0o prefix for octal integers");
    return end_of_number(lx, start, "decimal");
}

/* ---- brackets and operators ----------------------------------------------- */

static Token open_bracket(Lexer *lx, TokenKind kind)
{
    const char *start = lx->cur++;
    if (lx->depth >= LEX_MAX_DEPTH)
        return fail(lx, LEXERR_HARD, lx->line, column_of(lx, start) + 1,
                    "too many nested parentheses");
    lx->open_kind[lx->depth] = *start;
    lx->open_line[lx->depth] = lx->line;
    lx->open_col[lx->depth] = column_of(lx, start);
    lx->depth++;
    return make_token(lx, kind, start);
}

static Token close_bracket(Lexer *lx, TokenKind kind)
{
    const char *start = lx->cur++;
    char close = *start;
    int offset = column_of(lx, start) + 1;
    if (lx->depth == 0)
        return fail(lx, LEXERR_HARD, lx->line, offset, "unmatched '%c'", close);
    char open = lx->open_kind[lx->depth - 1];
    bool matches = (open == '(' && close == ')') || (open == '[' && close == ']')
                || (open == '{' && close == '}');
    if (!matches && lx->open_line[lx->depth - 1] != lx->line)
        return fail(lx, LEXERR_HARD, lx->line, offset,
                    "closing parenthesis '%c' does not match opening "
                    "parenthesis '%c' on line %d", close, open,
                    lx->open_line[lx->depth - 1]);
    if (!matches)
        return fail(lx, LEXERR_HARD, lx->line, offset,
                    "closing parenthesis '%c' does not match opening "
                    "parenthesis '%c'", close, open);
    lx->depth--;
    Token token = make_token(lx, kind, start);
    token.depth = lx->depth;
    return token;
}

typedef struct Operator {
    const char *text;
    TokenKind kind;
} Operator;

/* Longest first, so that "//=" wins over "//" and "/". */
static const Operator operators[] = {
    {"//=", TOK_DOUBLESLASHEQ}, {"**=", TOK_DOUBLESTAREQ}, {">>=", TOK_RSHIFTEQ},
    {"<<=", TOK_LSHIFTEQ}, {"...", TOK_OTHER_OP},
    {"//", TOK_DOUBLESLASH}, {"==", TOK_EQEQ}, {"!=", TOK_NOTEQ},
    {"<=", TOK_LE}, {">=", TOK_GE}, {"+=", TOK_PLUSEQ}, {"-=", TOK_MINUSEQ},
    {"*=", TOK_STAREQ}, {"**", TOK_DOUBLESTAR}, {"->", TOK_OTHER_OP},
    {"<<", TOK_LSHIFT}, {">>", TOK_RSHIFT}, {":=", TOK_OTHER_OP},
    {"/=", TOK_SLASHEQ}, {"%=", TOK_PERCENTEQ}, {"&=", TOK_AMPEREQ},
    {"|=", TOK_VBAREQ}, {"^=", TOK_CIRCUMFLEXEQ}, {"@=", TOK_OTHER_OP},
    {"+", TOK_PLUS}, {"-", TOK_MINUS}, {"*", TOK_STAR}, {"/", TOK_SLASH},
    {"%", TOK_PERCENT}, {"<", TOK_LT}, {">", TOK_GT}, {"=", TOK_EQUAL},
    {",", TOK_COMMA}, {":", TOK_COLON}, {".", TOK_DOT}, {";", TOK_SEMICOLON},
    {"@", TOK_OTHER_OP}, {"&", TOK_AMPER}, {"|", TOK_VBAR},
    {"^", TOK_CIRCUMFLEX}, {"~", TOK_TILDE},
};

static Token operator(Lexer *lx)
{
    const char *start = lx->cur;
    size_t avail = (size_t)(lx->end - start);
    for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++) {
        size_t n = strlen(operators[i].text);
        if (n <= avail && memcmp(start, operators[i].text, n) == 0) {
            lx->cur += n;
            return make_token(lx, operators[i].kind, start);
        }
    }
    /* '$', '?', '!' and the like: CPython's parser calls them invalid
     * syntax, not its tokenizer. */
    lx->cur++;
    return make_token(lx, TOK_OTHER_OP, start);
}

static Token invalid_character(Lexer *lx)
{
    int nbytes;
    unsigned cp = decode_utf8(lx->cur, (size_t)(lx->end - lx->cur), &nbytes);
    char text[8] = {0};
    memcpy(text, lx->cur, (size_t)nbytes);
    return fail(lx, LEXERR_HARD, lx->line, column_of(lx, lx->cur) + 1,
                "invalid character '%s' (U+%04X)", text, cp);
}

/* ---- layout --------------------------------------------------------------- */

/* Measure the indentation of the line at lx->cur. Blank lines and lines
 * holding only a comment do not count: they are skipped whole. Returns
 * false when the input ended. */
static bool measure_indent(Lexer *lx, int *col, int *alt_col)
{
    for (;;) {
        *col = *alt_col = 0;
        int c;
        while ((c = peek(lx)) == ' ' || c == '\t' || c == '\f') {
            if (c == ' ')
                (*col)++, (*alt_col)++;
            else if (c == '\t')
                *col = (*col / 8 + 1) * 8, (*alt_col)++;
            else
                *col = *alt_col = 0;
            lx->cur++;
        }
        if (c == '#')
            while (peek(lx) >= 0 && peek(lx) != '\n')
                lx->cur++;
        if (peek(lx) < 0)
            return false;
        if (peek(lx) == '\r' && peek_at(lx, 1) == '\n')
            lx->cur++;                  /* a Windows line end */
        if (peek(lx) != '\n')
            return true;
        lx->cur++;
        new_line(lx, lx->cur);
    }
}

static Token tab_error(Lexer *lx)
{
    Token token = fail(lx, LEXERR_INDENT, lx->line, 1,
                       "inconsistent use of tabs and spaces in indentation");
    lx->error.error_class = LEX_TAB_ERROR;
    return token;
}

/* Compare the new line's indentation with the stack: push for INDENT,
 * pop (counting DEDENTs) for a smaller one. */
static Token indentation(Lexer *lx, int col, int alt_col)
{
    int top = lx->indents[lx->indent_depth];
    int alt_top = lx->alt_indents[lx->indent_depth];
    if (col == top)
        return alt_col != alt_top ? tab_error(lx) : lexer_next(lx);
    if (col > top) {
        if (lx->indent_depth + 1 >= LEX_MAX_INDENT) {
            Token token = fail(lx, LEXERR_INDENT, lx->line, 1, "too many levels of indentation");
            lx->error.error_class = LEX_INDENTATION_ERROR;     /* as CPython's */
            return token;
        }
        if (alt_col <= alt_top)
            return tab_error(lx);
        lx->indent_depth++;
        lx->indents[lx->indent_depth] = col;
        lx->alt_indents[lx->indent_depth] = alt_col;
        return layout_token(lx, TOK_INDENT, lx->line, column_of(lx, lx->cur) - 1);
    }
    while (lx->indent_depth > 0 && col < lx->indents[lx->indent_depth]) {
        lx->indent_depth--;
        lx->pending_dedents++;
    }
    if (col != lx->indents[lx->indent_depth]) {
        Token token = fail(lx, LEXERR_INDENT, lx->line, line_length(lx) + 1,
                           "unindent does not match any outer indentation level");
        lx->error.error_class = LEX_INDENTATION_ERROR;
        return token;
    }
    if (alt_col != lx->alt_indents[lx->indent_depth])
        return tab_error(lx);
    lx->pending_dedents--;
    return layout_token(lx, TOK_DEDENT, lx->line, column_of(lx, lx->cur) - 1);
}

/* End of input: the last NEWLINE, then a DEDENT per open block, then EOF.
 * CPython reports errors at the end just past the last line. */
static Token end_of_input(Lexer *lx)
{
    if (lx->depth > 0) {
        int open = lx->depth - 1;
        return fail(lx, LEXERR_UNCLOSED, lx->open_line[open], lx->open_col[open] + 1,
                    "'%c' was never closed", lx->open_kind[open]);
    }
    int col = column_of(lx, lx->cur);
    if (lx->line_has_tokens) {
        lx->line_has_tokens = false;
        lx->last_line = lx->line;
        lx->last_col = col;
        return layout_token(lx, TOK_NEWLINE, lx->line, col);
    }
    if (lx->indent_depth > 0) {
        lx->indent_depth--;
        return layout_token(lx, TOK_DEDENT, lx->last_line, lx->last_col);
    }
    return layout_token(lx, TOK_EOF, lx->last_line, lx->last_col);
}

/* A backslash outside a string: the line goes on, or it is an error. */
static bool continuation(Lexer *lx, Token *error)
{
    const char *backslash = lx->cur;
    if (peek_at(lx, 1) < 0 || (peek_at(lx, 1) == '\n' && peek_at(lx, 2) < 0)) {
        *error = fail(lx, LEXERR_EOF_IN_CONTINUATION, lx->line,
                      column_of(lx, backslash) + 2, "unexpected EOF while parsing");
        return false;
    }
    if (peek_at(lx, 1) != '\n') {
        *error = fail(lx, LEXERR_CONTINUATION, lx->line, column_of(lx, backslash) + 2,
                      "unexpected character after line continuation character");
        return false;
    }
    lx->cur += 2;
    new_line(lx, lx->cur);
    return true;
}

/* Skip blanks, comments and joined lines inside one logical line.
 * Returns false with *error set when a backslash is misused. */
static bool skip_blanks(Lexer *lx, Token *error)
{
    for (;;) {
        int c = peek(lx);
        if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
            lx->cur++;
        } else if (c == '#') {
            while (peek(lx) >= 0 && peek(lx) != '\n')
                lx->cur++;
        } else if (c == '\\') {
            if (!continuation(lx, error))
                return false;
        } else if (c == '\n' && lx->depth > 0) {
            lx->cur++;                  /* implicit joining inside brackets */
            new_line(lx, lx->cur);
        } else {
            return true;
        }
    }
}

static Token newline(Lexer *lx)
{
    Token token = layout_token(lx, TOK_NEWLINE, lx->line, column_of(lx, lx->cur));
    lx->last_line = lx->line;
    lx->last_col = token.col;
    lx->cur++;
    new_line(lx, lx->cur);
    lx->at_line_start = true;
    lx->line_has_tokens = false;
    return token;
}

static Token start_of_line(Lexer *lx)
{
    lx->at_line_start = false;
    int col, alt_col;
    if (!measure_indent(lx, &col, &alt_col))
        return end_of_input(lx);
    return indentation(lx, col, alt_col);
}

static Token punctuation(Lexer *lx)
{
    switch (*lx->cur) {
    case '(': return open_bracket(lx, TOK_LPAREN);
    case '[': return open_bracket(lx, TOK_LBRACKET);
    case '{': return open_bracket(lx, TOK_LBRACE);
    case ')': return close_bracket(lx, TOK_RPAREN);
    case ']': return close_bracket(lx, TOK_RBRACKET);
    case '}': return close_bracket(lx, TOK_RBRACE);
    default: return operator(lx);
    }
}

Token lexer_next(Lexer *lx)
{
    if (lx->error.kind != LEXERR_NONE)
        return error_token(lx);
    if (lx->pending_dedents > 0) {
        lx->pending_dedents--;
        return layout_token(lx, TOK_DEDENT, lx->line, column_of(lx, lx->cur) - 1);
    }
    if (lx->at_line_start)
        return start_of_line(lx);
    Token error;
    if (!skip_blanks(lx, &error))
        return error;
    int c = peek(lx);
    if (c < 0)
        return end_of_input(lx);
    if (c == '\n')
        return newline(lx);
    if (is_ident_start(c))
        return name(lx);
    if (is_digit(c) || (c == '.' && is_digit(peek_at(lx, 1))))
        return number(lx);
    if (c == '\'' || c == '"')
        return string(lx, lx->cur);
    if (c >= 0x80 || c == 0)
        return invalid_character(lx);
    return punctuation(lx);
}

void lexer_init(Lexer *lx, const char *source, size_t size)
{
    memset(lx, 0, sizeof *lx);
    lx->source = lx->cur = lx->line_start = source;
    lx->end = source + size;
    lx->line = 1;
    lx->last_line = 1;
    lx->at_line_start = true;
}
