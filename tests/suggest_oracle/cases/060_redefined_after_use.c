// site: 060_redefined_after_use.c:15
// truth: PAIR_OUT is one output where the statement is (it is redefined to two outputs only later in the file), so r=0, s=1, sp=2, v=3: reorder must give "movq %3, %1 / leaq 1(%3), %2"; frame-address "movq %2, %0 / leaq 1(%2), %1".
#include "asmdefs.h"

#define PAIR_OUT "=r" (s)

long redefined_after_use(long x)
{
	register long v asm("r14") = x;
	register long r asm("r12");
	register long s asm("r13");

	asm volatile("movq %3, %0\n\t"
		     "leaq 1(%3), %1"
		     : "=r" (r), PAIR_OUT, ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r + s;
}

#undef PAIR_OUT
#define PAIR_OUT "=r" (s), "=r" (t)

long redefined_after_use_later(long x)
{
	register long s asm("rbx");
	register long t asm("rsi");

	asm volatile("movq %2, %0\n\tmovq %2, %1" : PAIR_OUT : "r" (x));
	return s + t;
}
