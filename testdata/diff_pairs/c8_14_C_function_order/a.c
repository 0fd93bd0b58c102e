/*
 * Pair c8_14_C_function_order (a.c); class 8-noise
 * Build: clang-19 --target=x86_64-linux-gnu -O2 -c -fno-asynchronous-unwind-tables a.c -o OUT/c8_14_C_function_order/a.o
 *
 * Truth (per function):
 *   f: identical -- moved
 *   g: identical -- moved
 *
 * C: the two global functions are defined in the opposite order in B.
 * Truth: identical.
 */

int f(int x)
{
	return x * 13 + 7;
}

int g(int x, int y)
{
	return (x ^ y) - (x & y);
}
