/* number.c: the number protocol, what `a + b`, `a ** b`, `a |= b`, `-a`,
 * `~a` and pow() do with any operands (the number half of CPython's
 * Objects/abstract.c: binary_op1, PyNumber_InPlaceOr, ternary_op).
 *
 * Each operator looks up its slot in the operands' types, the left one's
 * first, and raises CPython 3.11's TypeError, word for word, when no type
 * takes the operands. A class that defines __add__, __pow__, __or__ ...
 * joins in by filling these same slots (the hook for user classes'
 * special methods: binary_op1 then needs no change).
 */
#include "object.h"

#include "bool.h"
#include "error.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "slots.h"
#include "str.h"
#include "tuple.h"

/* ---- numbers ------------------------------------------------------------- */

static BinaryFn binary_slot(Type *type, int op)
{
    switch (op) {
    case '+': return type->add;
    case '-': return type->sub;
    case '*': return type->mul;
    case '/': return type->truediv;
    case 'f': return type->floordiv;
    case '%': return type->mod;
    case 'p': return type->pow;
    case 'l': return type->lshift;
    case 'r': return type->rshift;
    case '&': return type->bit_and;
    case '|': return type->bit_or;
    case '^': return type->bit_xor;
    default:  return NULL;
    }
}

/* How an error message writes the operator (`**` is also pow()'s). */
static const char *binary_symbol(int op)
{
    switch (op) {
    case '+': return "+";
    case '-': return "-";
    case '*': return "*";
    case '/': return "/";
    case 'f': return "//";
    case 'p': return "**";
    case 'l': return "<<";
    case 'r': return ">>";
    case '&': return "&";
    case '|': return "|";
    case '^': return "^";
    default:  return "%";
    }
}

/* CPython's binary_op1: the left operand's slot, then the right's; the
 * right's goes first when its type is a subclass of the left's, so that
 * a subclass can override an operator of its base. A slot that cannot
 * handle its operands returns NotImplemented (a new reference). */
static Object *binary_op1(Object *a, Object *b, int op)
{
    BinaryFn slot_a = binary_slot(a->type, op);
    BinaryFn slot_b = a->type != b->type ? binary_slot(b->type, op) : NULL;
    if (slot_b == slot_a)
        slot_b = NULL;
    Object *result;
    if (slot_a) {
        if (slot_b && type_is_subtype(b->type, a->type)) {
            result = slot_b(a, b);
            if (result != NotImplemented)
                return result;
            decref(result);
            slot_b = NULL;
        }
        result = slot_a(a, b);
        if (result != NotImplemented)
            return result;
        decref(result);
    }
    if (slot_b)
        return slot_b(a, b);
    return incref(NotImplemented);
}

static bool is_builtin_sequence(Object *op)
{
    return is_str(op) || is_list(op) || is_tuple(op);
}

/* The TypeError when no slot took the operands: sequences have their own
 * wording (they come from sq_concat and sq_repeat in CPython). */
static Object *binary_type_error(Object *a, Object *b, int op)
{
    if (op == '+' && is_builtin_sequence(a))
        return error_format(&exc_TypeError, "can only concatenate %s (not \"%s\") to %s",
                            a->type->name, b->type->name, a->type->name);
    if (op == '*' && (is_builtin_sequence(a) || is_builtin_sequence(b))) {
        Object *count = is_builtin_sequence(a) ? b : a;
        return error_format(&exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                            count->type->name);
    }
    return error_format(&exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                        binary_symbol(op), op == 'p' ? " or pow()" : "", a->type->name,
                        b->type->name);
}

Object *number_binary(Object *a, Object *b, int op)
{
    Object *result = int_small_binary(a, b, op);
    if (result != NULL)
        return result;
    result = binary_op1(a, b, op);
    if (result != NotImplemented)
        return result;
    decref(result);
    return binary_type_error(a, b, op);
}

Object *number_negative(Object *op)
{
    if (op->type->neg == NULL)
        return error_format(&exc_TypeError, "bad operand type for unary -: '%s'",
                            op->type->name);
    return op->type->neg(op);
}

Object *number_invert(Object *op)
{
    if (op->type->invert == NULL)
        return error_format(&exc_TypeError, "bad operand type for unary ~: '%s'",
                            op->type->name);
    return op->type->invert(op);
}

/* a op= b: the left operand's in-place slot first (it changes a itself
 * and returns it: list +=, set |=), then the binary operator; the error
 * names the augmented operator ("unsupported operand type(s) for **=").
 * The exception: a sequence's + and * keep their own wording. */
Object *number_inplace(Object *a, Object *b, int op)
{
    Object *small = int_small_binary(a, b, op);
    if (small != NULL)
        return small;
    if (a->type->inplace != NULL) {
        Object *result = a->type->inplace(a, b, op);
        if (result != NotImplemented)
            return result;
        decref(result);
    }
    Object *result = binary_op1(a, b, op);
    if (result != NotImplemented)
        return result;
    decref(result);
    if ((op == '+' || op == '*') && (is_builtin_sequence(a) || is_builtin_sequence(b)))
        return binary_type_error(a, b, op);
    return error_format(&exc_TypeError, "unsupported operand type(s) for %s=: '%s' and '%s'",
                        binary_symbol(op), a->type->name, b->type->name);
}

/* pow(base, exp, mod) with a modulus: a class's __pow__(exp, mod), else
 * ints only (ternary_op; float's slot refuses any modulus, whatever the
 * other operands are). */
Object *number_power(Object *base, Object *exp, Object *mod)
{
    if (mod == None)
        return number_binary(base, exp, 'p');
    Object *result = slots_ternary_pow(base, exp, mod);
    if (result != NotImplemented)
        return result;
    decref(result);
    if (is_float(base) || is_float(exp) || is_float(mod))
        return error_set_string(&exc_TypeError,
                                "pow() 3rd argument not allowed unless all arguments are integers");
    if (is_int(base) && is_int(exp) && is_int(mod))
        return int_pow(base, exp, mod);
    return error_format(&exc_TypeError,
                        "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                        base->type->name, exp->type->name, mod->type->name);
}
