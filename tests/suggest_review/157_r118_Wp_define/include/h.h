#ifndef H_H
#define H_H
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#define PAIR_OUT "=r" (y), "=r" (z)
#ifndef EXTRA_OUT
#define EXTRA_OUT "=r" (y)
#endif
static inline long op(long x, long a)
{
	long y = 0, z = 0;
	asm volatile("call g # %0 %1 %3" : "+r" (x), EXTRA_OUT, ASM_CALL_CONSTRAINT : "r" (a));
	return x + y + z;
}
#endif
