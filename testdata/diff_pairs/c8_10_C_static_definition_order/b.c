/*
 * Pair c8_10_C_static_definition_order (b.c); class 8-noise
 * Build: clang-19 --target=x86_64-linux-gnu -O2 -c -fno-asynchronous-unwind-tables b.c -o OUT/c8_10_C_static_definition_order/b.o
 *
 * Truth (per function):
 *   f: identical -- same callees at swapped offsets
 *   sq: identical -- same code, moved
 *   cube: identical -- same code, moved
 *
 * C: two noinline static helpers defined in the opposite order in B (so they
 * are laid out in the other order and every call displacement differs;
 * __attribute__((used)) makes clang emit them in definition order rather
 * than first-use order).
 * Truth: all identical.
 */

__attribute__((noinline, used)) static int cube(int x)
{
	return x * x * x;
}

__attribute__((noinline, used)) static int sq(int x)
{
	return x * x;
}

int f(int x)
{
	return sq(x) + cube(x + 1);
}
