/*
 * Pair c5_08_C_static_callee (b.c); class 5-callee-identity
 * Build: clang-19 --target=x86_64-linux-gnu -O2 -c -fno-asynchronous-unwind-tables b.c -o OUT/c5_08_C_static_callee/b.o
 *
 * Truth (per function):
 *   f: changed -- calls h1 (A) vs h2 (B)
 *   g: identical -- same calls
 *   h1: identical -- same code
 *   h2: identical -- same code
 *
 * C with two noinline static helpers; f calls h1 in A and h2 in B. g calls
 * both in both. (clang: same-section static callees -> no relocation.)
 */

__attribute__((noinline)) static int h1(int x)
{
	return x * 3 + 1;
}

__attribute__((noinline)) static int h2(int x)
{
	return x * 5 + 2;
}

int f(int x)
{
	return h2(x) + 1;
}

int g(int x)
{
	return h1(x) ^ h2(x);
}
