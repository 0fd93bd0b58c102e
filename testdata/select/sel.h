/* rspill's own test header for check's object selection (tests/check_select.rs). */
#ifndef SEL_H
#define SEL_H

static inline int knob(void)
{
	return 1;
}

static inline void poke(int *p)
{
	asm volatile("movl $1, %0" : "=m" (*p));
}

static inline void twice(int *p, int c)
{
	if (c)
		poke(p);
	else
		poke(p + 1);
}

#endif
