/*
 * Pair c2_19_C_tables_reordered (a.c); class 2-data-via-relocations
 * Build: clang-19 --target=x86_64-linux-gnu -O2 -c -fno-asynchronous-unwind-tables a.c -o OUT/c2_19_C_tables_reordered/a.o
 *
 * Truth (per function):
 *   f: identical -- same table contents, different .rodata offset
 *   g: identical -- same table contents, different .rodata offset
 *
 * C: two static const tables of 10 ints (40 bytes -> plain .rodata, section
 * relative relocations). B declares them in the opposite order so their
 * .rodata offsets swap (__attribute__((used)) makes clang emit them in
 * definition order instead of first-use order). f and g read the same values.
 */

__attribute__((used)) static const int ta[10] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
__attribute__((used)) static const int tb[10] = {2, 7, 1, 8, 2, 8, 1, 8, 2, 8};

int f(unsigned i)
{
	return ta[i % 10];
}

int g(unsigned i)
{
	return tb[i % 10];
}
