// site: 020_percpu_arg_output.c:10
// truth: the reference to g3 is the argument of __percpu_arg(0), outside any string literal: reorder must change it to __percpu_arg(1) and keep %2; frame-address must keep __percpu_arg(0) and turn %2 into %1.
#include "asmdefs.h"

void percpu_arg_output(long x)
{
	register long v asm("r12") = x;

	asm volatile("addq %2, " __percpu_arg(0)
		     : "+m" (g3), ASM_CALL_CONSTRAINT
		     : "r" (v));
}
