/* longarith.c: digit arithmetic for int objects (see longarith.h).
 *
 * The algorithms are the schoolbook ones CPython uses for numbers of a
 * few hundred digits: carries and borrows one digit at a time, products
 * in a 64-bit accumulator, and Knuth's algorithm D for long division
 * (The Art of Computer Programming, vol. 2, 4.3.1). A digit keeps two bits
 * of its 32 free, so a sum of two digits or a product plus a carry never
 * overflows its C type.
 */
#include "longarith.h"

#include <string.h>

#include "memory.h"

size_t mag_normalize(const digit *a, size_t n)
{
    while (n > 0 && a[n - 1] == 0)
        n--;
    return n;
}

int mag_compare(const digit *a, size_t na, const digit *b, size_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

static int digit_bit_length(digit d)
{
    int bits = 0;
    while (d) {
        bits++;
        d >>= 1;
    }
    return bits;
}

size_t mag_bit_length(const digit *a, size_t n)
{
    if (n == 0)
        return 0;
    return (n - 1) * DIGIT_BITS + (size_t)digit_bit_length(a[n - 1]);
}

/* window[0 .. n) += x[0 .. nx) for nx <= n: the carry runs up the window
 * as far as it goes and is dropped past its end, where the caller knows
 * the true result fits (k_split_mul) or has left a digit for it (mag_add). */
static inline void window_add(digit *window, size_t n, const digit *x, size_t nx)
{
    digit carry = 0;
    size_t i = 0;
    for (; i < nx; i++) {
        carry += window[i] + x[i];
        window[i] = carry & DIGIT_MASK;
        carry >>= DIGIT_BITS;
    }
    for (; carry && i < n; i++) {
        carry += window[i];
        window[i] = carry & DIGIT_MASK;
        carry >>= DIGIT_BITS;
    }
}

/* window[0 .. n) -= x[0 .. nx), modulo B^n, as CPython's v_isub. */
static inline void window_sub(digit *window, size_t n, const digit *x, size_t nx)
{
    digit borrow = 0;
    size_t i = 0;
    for (; i < nx; i++) {
        borrow = window[i] - x[i] - borrow;
        window[i] = borrow & DIGIT_MASK;
        borrow = (borrow >> DIGIT_BITS) & 1;
    }
    for (; borrow && i < n; i++) {
        borrow = window[i] - borrow;
        window[i] = borrow & DIGIT_MASK;
        borrow = (borrow >> DIGIT_BITS) & 1;
    }
}

/* out = a + b: a copied into out, then b added in place. */
size_t mag_add(const digit *a, size_t na, const digit *b, size_t nb, digit *out)
{
    if (na < nb) {
        const digit *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    memmove(out, a, na * sizeof(digit));    /* out may be a */
    out[na] = 0;
    window_add(out, na + 1, b, nb);
    return mag_normalize(out, na + 1);
}

/* out = a - b for a >= b, so no borrow is left past a's top digit. */
size_t mag_sub(const digit *a, size_t na, const digit *b, size_t nb, digit *out)
{
    memmove(out, a, na * sizeof(digit));
    window_sub(out, na, b, nb);
    return mag_normalize(out, na);
}

/* The schoolbook product into out[0 .. na + nb) (CPython's x_mul). */
static void school_mul(const digit *a, size_t na, const digit *b, size_t nb, digit *out)
{
    memset(out, 0, (na + nb) * sizeof(digit));
    for (size_t i = 0; i < na; i++) {
        twodigits carry = 0, ai = a[i];
        if (ai == 0)
            continue;
        for (size_t j = 0; j < nb; j++) {
            carry += ai * b[j] + out[i + j];
            out[i + j] = (digit)(carry & DIGIT_MASK);
            carry >>= DIGIT_BITS;
        }
        out[i + nb] = (digit)carry;
    }
}

/* ---- Karatsuba (CPython's k_mul) ------------------------------------------
 * Split both factors at `shift` digits, a = ah*B^s + al and b = bh*B^s + bl:
 * then a*b = ah*bh*B^2s + ((ah+al)(bh+bl) - ah*bh - al*bl)*B^s + al*bl,
 * three half-size products instead of four, so n**1.585 digit steps
 * instead of n**2. Below the cutoffs the schoolbook loop is faster; a
 * square (a is b) shares its halves, so its cutoff is twice as high. */
#define KARATSUBA_CUTOFF 70
#define KARATSUBA_SQUARE_CUTOFF (2 * KARATSUBA_CUTOFF)

static void k_mul(const digit *a, size_t na, const digit *b, size_t nb, digit *out);

/* The split product for nb >= na > shift = nb / 2. Its temporaries (the
 * two outer products, the two sums, the middle product) take one block;
 * when the allocator refuses it, the schoolbook loop needs none. */
static void k_split_mul(const digit *a, size_t na, const digit *b, size_t nb, digit *out)
{
    size_t shift = nb >> 1;
    const digit *ah = a + shift, *bh = b + shift;
    size_t nah = na - shift, nbh = nb - shift;
    size_t nal = mag_normalize(a, shift), nbl = mag_normalize(b, shift);
    bool square = a == b && na == nb;
    size_t nsa = (nah > nal ? nah : nal) + 1, nsb = (nbh > nbl ? nbh : nbl) + 1;
    size_t words = (nah + nbh) + (nal + nbl) + nsa + nsb + (nsa + nsb);
    digit *t1 = mem_try_alloc(words * sizeof(digit));
    if (t1 == NULL) {
        school_mul(a, na, b, nb, out);
        return;
    }
    digit *t2 = t1 + nah + nbh, *sa = t2 + nal + nbl, *sb = sa + nsa, *t3 = sb + nsb;
    size_t n1 = nah + nbh, n2 = nal + nbl;
    k_mul(ah, nah, bh, nbh, t1);
    n1 = mag_normalize(t1, n1);
    if (n2 > 0)
        k_mul(a, nal, b, nbl, t2);
    n2 = mag_normalize(t2, n2);
    /* out = t1 * B^2s + t2, then the middle term added at B^s. */
    memset(out, 0, (na + nb) * sizeof(digit));
    memcpy(out + 2 * shift, t1, n1 * sizeof(digit));
    memcpy(out, t2, n2 * sizeof(digit));
    digit *window = out + shift;
    size_t nwindow = na + nb - shift;
    window_sub(window, nwindow, t1, n1);
    window_sub(window, nwindow, t2, n2);
    size_t n3a = mag_add(ah, nah, a, nal, sa), n3b = n3a;
    if (!square)
        n3b = mag_add(bh, nbh, b, nbl, sb);
    k_mul(sa, n3a, square ? sa : sb, n3b, t3);
    window_add(window, nwindow, t3, mag_normalize(t3, n3a + n3b));
    mem_free(t1, words * sizeof(digit));
}

/* a much shorter than b (2 * na <= nb): b cut into slices of na digits,
 * each product added at its place (CPython's k_lopsided_mul), so that
 * every product is a balanced one. */
static void k_lopsided_mul(const digit *a, size_t na, const digit *b, size_t nb, digit *out)
{
    size_t words = 2 * na;
    digit *part = mem_try_alloc(words * sizeof(digit));
    if (part == NULL) {
        school_mul(a, na, b, nb, out);
        return;
    }
    memset(out, 0, (na + nb) * sizeof(digit));
    for (size_t done = 0; done < nb;) {
        size_t slice = nb - done < na ? nb - done : na;
        k_mul(a, na, b + done, slice, part);
        window_add(out + done, na + nb - done, part, na + slice);
        done += slice;
    }
    mem_free(part, words * sizeof(digit));
}

/* out[0 .. na + nb) = a * b, both normalized. */
static void k_mul(const digit *a, size_t na, const digit *b, size_t nb, digit *out)
{
    if (na > nb) {
        const digit *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    size_t cutoff = a == b && na == nb ? KARATSUBA_SQUARE_CUTOFF : KARATSUBA_CUTOFF;
    if (na <= cutoff)
        school_mul(a, na, b, nb, out);
    else if (2 * na <= nb)
        k_lopsided_mul(a, na, b, nb, out);
    else
        k_split_mul(a, na, b, nb, out);
}

size_t mag_mul(const digit *a, size_t na, const digit *b, size_t nb, digit *out)
{
    if (na == 0 || nb == 0) {
        memset(out, 0, (na + nb) * sizeof(digit));
        return 0;
    }
    k_mul(a, na, b, nb, out);
    return mag_normalize(out, na + nb);
}

size_t mag_mul_school(const digit *a, size_t na, const digit *b, size_t nb, digit *out)
{
    school_mul(a, na, b, nb, out);
    return mag_normalize(out, na + nb);
}

digit mag_muladd1(digit *a, size_t n, digit factor, digit addend)
{
    twodigits carry = addend;
    for (size_t i = 0; i < n; i++) {
        carry += (twodigits)a[i] * factor;
        a[i] = (digit)(carry & DIGIT_MASK);
        carry >>= DIGIT_BITS;
    }
    return (digit)carry;
}

digit mag_divrem1(const digit *a, size_t n, digit d, digit *q)
{
    twodigits rem = 0;
    for (size_t i = n; i-- > 0;) {
        rem = (rem << DIGIT_BITS) | a[i];
        q[i] = (digit)(rem / d);
        rem %= d;
    }
    return (digit)rem;
}

size_t mag_lshift(const digit *a, size_t n, size_t bits, digit *out)
{
    size_t whole = bits / DIGIT_BITS;
    unsigned part = (unsigned)(bits % DIGIT_BITS);
    memset(out, 0, whole * sizeof(digit));
    twodigits carry = 0;
    for (size_t i = 0; i < n; i++) {
        carry |= (twodigits)a[i] << part;
        out[whole + i] = (digit)(carry & DIGIT_MASK);
        carry >>= DIGIT_BITS;
    }
    out[whole + n] = (digit)carry;
    return mag_normalize(out, whole + n + 1);
}

size_t mag_rshift(const digit *a, size_t n, size_t bits, digit *out, bool *lost)
{
    size_t whole = bits / DIGIT_BITS;
    unsigned part = (unsigned)(bits % DIGIT_BITS);
    *lost = false;
    for (size_t i = 0; i < whole && i < n; i++)
        *lost |= a[i] != 0;
    if (whole >= n)
        return 0;
    *lost |= (a[whole] & (((digit)1 << part) - 1)) != 0;
    size_t m = n - whole;
    for (size_t i = 0; i < m; i++) {
        twodigits pair = a[whole + i];
        if (whole + i + 1 < n)
            pair |= (twodigits)a[whole + i + 1] << DIGIT_BITS;
        out[i] = (digit)((pair >> part) & DIGIT_MASK);
    }
    return mag_normalize(out, m);
}

/* One step of algorithm D: the digit q of the quotient such that the
 * window u[0..n] minus q times v[0..n-1] is in [0, v), and that
 * subtraction done in place. v is normalized: its top digit has its
 * highest bit set, so the first guess is at most two too large. */
static digit divide_step(digit *u, const digit *v, size_t n)
{
    twodigits top = ((twodigits)u[n] << DIGIT_BITS) | u[n - 1];
    twodigits qhat = top / v[n - 1], rhat = top % v[n - 1];
    while (qhat >= DIGIT_BASE
           || qhat * v[n - 2] > ((rhat << DIGIT_BITS) | u[n - 2])) {
        qhat--;
        rhat += v[n - 1];
        if (rhat >= DIGIT_BASE)
            break;
    }
    /* u -= qhat * v, digit by digit; `borrow` is 0 or -1. */
    int64_t borrow = 0;
    twodigits carry = 0;
    for (size_t i = 0; i < n; i++) {
        carry += qhat * v[i];
        int64_t t = (int64_t)u[i] - (int64_t)(carry & DIGIT_MASK) + borrow;
        carry >>= DIGIT_BITS;
        u[i] = (digit)t & DIGIT_MASK;
        borrow = t < 0 ? -1 : 0;
    }
    int64_t t = (int64_t)u[n] - (int64_t)carry + borrow;
    u[n] = (digit)t & DIGIT_MASK;
    if (t < 0) {
        /* The guess was one too large (rare): add v back once. */
        qhat--;
        digit c = 0;
        for (size_t i = 0; i < n; i++) {
            c += u[i] + v[i];
            u[i] = c & DIGIT_MASK;
            c >>= DIGIT_BITS;
        }
        u[n] = (u[n] + c) & DIGIT_MASK;
    }
    return (digit)qhat;
}

void mag_divrem(const digit *a, size_t na, const digit *b, size_t nb, digit *q, digit *r)
{
    /* Shift both so that the divisor's top digit uses all 30 bits. */
    size_t shift = DIGIT_BITS - (size_t)digit_bit_length(b[nb - 1]);
    size_t vsize = (nb + 1) * sizeof(digit), usize = (na + 2) * sizeof(digit);
    digit *v = mem_alloc(vsize), *u = mem_alloc(usize);
    memset(u, 0, usize);
    mag_lshift(b, nb, shift, v);
    mag_lshift(a, na, shift, u);
    for (size_t k = na - nb + 1; k-- > 0;)
        q[k] = divide_step(u + k, v, nb);
    bool lost;
    size_t rn = mag_rshift(u, nb, shift, r, &lost);
    memset(r + rn, 0, (nb - rn) * sizeof(digit));
    mem_free(v, vsize);
    mem_free(u, usize);
}
