/*
 * Pair c2_07_C_double_constant (b.c); class 2-data-via-relocations
 * Build: clang-19 --target=x86_64-linux-gnu -O2 -c -fno-asynchronous-unwind-tables b.c -o OUT/c2_07_C_double_constant/b.o
 *
 * Truth (per function):
 *   f: changed -- pooled double 2.5 vs 3.5
 *   g: identical -- its constant 1.0 is unchanged (may share the pool section)
 *
 * C: x*2.5 vs x*3.5. clang puts the constant in .rodata.cst8; the code of f is
 * byte-identical and only the pooled constant differs.
 */

double f(double x)
{
	return x * 3.5;
}

double g(double x)
{
	return x + 1.0;
}
