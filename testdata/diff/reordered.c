/*
 * rspill diff fixture (written for rspill's tests): the same functions in another order.
 * Variants of this file change one thing each; see README.md.
 */
extern void sink(unsigned long v);
extern unsigned long table[64];
static unsigned long hits;

/* A clone, named the way gcc names them. */
static unsigned long scale(unsigned long v) __asm__("scale.constprop.0");
static __attribute__((noinline)) unsigned long scale(unsigned long v)
{
	hits++;
	return v * 7 + hits;
}

__attribute__((noinline)) int classify(int x)
{
	if (x < 0)
		return -1;
	if (x > 100)
		return 2;
	return x & 1;
}

unsigned long sum_table(unsigned long n)
{
	unsigned long s = 0;

	for (unsigned long i = 0; i < n && i < 64; i++)
		s += table[i] * 3;
	return s;
}

void driver(unsigned long n)
{
	sink(sum_table(n));
	sink(scale(n));
	sink((unsigned long)classify((int)n));
}
