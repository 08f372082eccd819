/* lexer.h: source text to tokens, the way CPython's tokenizer cuts it.
 *
 * Like clox's scanner, the lexer hands out one token at a time and never
 * copies text: a token points into the source. Unlike clox, it must also
 * produce Python's layout tokens: NEWLINE at the end of a logical line, and
 * INDENT / DEDENT when the indentation grows or shrinks (a stack of
 * indentation columns, as in CPython's tokenizer.c). Inside brackets lines
 * join implicitly; a backslash at the end of a line joins explicitly.
 *
 * Identifiers are ASCII only (letters, digits, underscore): a non-ASCII
 * character outside a string or a comment is reported as an invalid
 * character, which CPython would accept in an identifier.
 */
#ifndef MINIPY_LEXER_H
#define MINIPY_LEXER_H

#include <stdbool.h>
#include <stddef.h>

typedef enum TokenKind {
    TOK_EOF, TOK_NEWLINE, TOK_INDENT, TOK_DEDENT,
    TOK_NAME, TOK_NUMBER, TOK_STRING,
    /* delimiters */
    TOK_LPAREN, TOK_RPAREN, TOK_LBRACKET, TOK_RBRACKET, TOK_LBRACE, TOK_RBRACE,
    TOK_COMMA, TOK_COLON, TOK_DOT, TOK_SEMICOLON, TOK_EQUAL,
    /* operators of the subset */
    TOK_PLUS, TOK_MINUS, TOK_STAR, TOK_SLASH, TOK_DOUBLESLASH, TOK_PERCENT,
    TOK_EQEQ, TOK_NOTEQ, TOK_LT, TOK_LE, TOK_GT, TOK_GE,
    TOK_PLUSEQ, TOK_MINUSEQ, TOK_STAREQ,
    TOK_DOUBLESTAR,         /* ** : the power operator (and f(**kw), def f(**kw)) */
    TOK_LSHIFT, TOK_RSHIFT, TOK_AMPER, TOK_VBAR, TOK_CIRCUMFLEX, TOK_TILDE,
    TOK_SLASHEQ, TOK_DOUBLESLASHEQ, TOK_PERCENTEQ, TOK_DOUBLESTAREQ,
    TOK_LSHIFTEQ, TOK_RSHIFTEQ, TOK_AMPEREQ, TOK_VBAREQ, TOK_CIRCUMFLEXEQ,
    /* Python operators outside the subset (@ -> := @= ...):
     * lexed so that the parser can say "invalid syntax" at them */
    TOK_OTHER_OP,
    /* keywords (Python's whole list, so none is taken for a name) */
    TOK_FALSE, TOK_NONE, TOK_TRUE, TOK_AND, TOK_AS, TOK_ASSERT, TOK_ASYNC,
    TOK_AWAIT, TOK_BREAK, TOK_CLASS, TOK_CONTINUE, TOK_DEF, TOK_DEL, TOK_ELIF,
    TOK_ELSE, TOK_EXCEPT, TOK_FINALLY, TOK_FOR, TOK_FROM, TOK_GLOBAL, TOK_IF,
    TOK_IMPORT, TOK_IN, TOK_IS, TOK_LAMBDA, TOK_NONLOCAL, TOK_NOT, TOK_OR,
    TOK_PASS, TOK_RAISE, TOK_RETURN, TOK_TRY, TOK_WHILE, TOK_WITH, TOK_YIELD,
    /* the lexer stopped: see Lexer.error */
    TOK_ERROR
} TokenKind;

typedef struct Token {
    TokenKind kind;
    const char *start;      /* into the source; NEWLINE/INDENT/DEDENT/EOF: empty */
    size_t length;
    int line;               /* 1-based */
    int col;                /* 0-based byte column */
    int depth;              /* open brackets before this token */
} Token;

/* Why the lexer stopped, with CPython's exception class and wording.
 * `hard` errors are the ones CPython's tokenizer raises at once; after a
 * parse error it scans the rest of the file for them and reports them
 * instead (pegen_errors.c). */
typedef enum LexErrorKind {
    LEXERR_NONE,
    LEXERR_HARD,            /* bad string, number, character or bracket */
    LEXERR_INDENT,          /* unindent mismatch, tabs and spaces */
    LEXERR_CONTINUATION,    /* a character after a line-ending backslash */
    LEXERR_EOF_IN_CONTINUATION, /* the input ends after a backslash */
    LEXERR_UNCLOSED,        /* end of input inside brackets */
    LEXERR_UNCLOSED_STRING, /* end of input inside a triple-quoted string */
} LexErrorKind;

/* The exception class of a lexer error (lexer.h knows no Type objects). */
typedef enum LexErrorClass {
    LEX_SYNTAX_ERROR,       /* SyntaxError */
    LEX_INDENTATION_ERROR,  /* IndentationError */
    LEX_TAB_ERROR,          /* TabError, an IndentationError: mixed tabs */
} LexErrorClass;

typedef struct LexError {
    LexErrorKind kind;
    LexErrorClass error_class;
    char message[160];
    int line;               /* where CPython reports it */
    int offset;             /* 1-based byte offset into that line */
} LexError;

#define LEX_MAX_INDENT 100  /* CPython's MAXINDENT */
#define LEX_MAX_DEPTH 200   /* CPython's MAXLEVEL */

typedef struct Lexer {
    const char *source, *end;
    const char *cur;
    const char *line_start;
    int line;
    bool at_line_start;     /* indentation still to be measured */
    bool line_has_tokens;   /* a NEWLINE is owed at the end of this line */
    int pending_dedents;
    int last_line, last_col;            /* the last NEWLINE: where EOF is */
    int indent_depth;
    int indents[LEX_MAX_INDENT];        /* columns, tabs to multiples of 8 */
    int alt_indents[LEX_MAX_INDENT];    /* columns, tabs as 1: TabError check */
    int depth;                          /* open brackets */
    char open_kind[LEX_MAX_DEPTH];
    int open_line[LEX_MAX_DEPTH], open_col[LEX_MAX_DEPTH];
    LexError error;
} Lexer;

void lexer_init(Lexer *lexer, const char *source, size_t size);
/* The next token; after TOK_EOF or TOK_ERROR, the same again. */
Token lexer_next(Lexer *lexer);
/* The value of a hex digit, or -1 (numbers, and escapes.c's \x). */
int lexer_hex_value(int c);

#endif
