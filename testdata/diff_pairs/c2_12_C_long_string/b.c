/*
 * Pair c2_12_C_long_string (b.c); class 2-data-via-relocations
 * Build: clang-19 --target=x86_64-linux-gnu -O2 -c -fno-asynchronous-unwind-tables b.c -o OUT/c2_12_C_long_string/b.o
 *
 * Truth (per function):
 *   f: changed -- string differs at char ~90
 *   g: identical -- its string is unchanged
 *
 * C: a puts() of a 100+ character literal; the text differs only near the end
 * (char ~90: "value one" vs "value two"). Code of f identical.
 */

int puts(const char *);

void f(void)
{
	puts("This message is deliberately long so that any prefix-only comparison misses it: value two");
}

void g(void)
{
	puts("short");
}
