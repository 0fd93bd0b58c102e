/*
 * rspill diff fixture (written for rspill's tests): two clones of scale().
 * Variants of this file change one thing each; see README.md.
 */
extern void sink(unsigned long v);
extern unsigned long table[64];
static unsigned long hits;

unsigned long sum_table(unsigned long n)
{
	unsigned long s = 0;

	for (unsigned long i = 0; i < n && i < 64; i++)
		s += table[i] * 3;
	return s;
}

__attribute__((noinline)) int classify(int x)
{
	if (x < 0)
		return -1;
	if (x > 100)
		return 2;
	return x & 1;
}

/* Two clones of one function: which one pairs with the base is ambiguous. */
static unsigned long scale(unsigned long v) __asm__("scale.constprop.1");
static __attribute__((noinline)) unsigned long scale(unsigned long v)
{
	hits++;
	return v * 7 + hits;
}

static unsigned long scale2(unsigned long v) __asm__("scale.constprop.2");
static __attribute__((noinline)) unsigned long scale2(unsigned long v)
{
	hits += 2;
	return v * 9 + hits;
}

void driver(unsigned long n)
{
	sink(scale2(n));
	sink(sum_table(n));
	sink(scale(n));
	sink((unsigned long)classify((int)n));
}
