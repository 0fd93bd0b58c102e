/*
 * Does the compiler change a static function's signature without renaming
 * it and without marking its DWARF (DW_CC_nocall)?  promo() is declared with
 * six register arguments (the last a pointer); LLVM's argument promotion may
 * pass p->x and p->y instead, seven arguments, the seventh on the stack.
 */
extern long sink;
struct s { long x, y; };
static __attribute__((noinline)) long promo(long a, long b, long c, long d, long e, const struct s *p)
{
	return a + b + c + d + e + p->x * p->y;
}
long caller(long a, long b, long c, long d, long e)
{
	struct s v = { a * 3, b * 5 };
	return promo(a, b, c, d, e, &v) + promo(e, d, c, b, a, &v);
}
