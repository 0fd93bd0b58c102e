// site: 021_percpu_arg_input.c:10
// truth: the input g4 is referenced only as __percpu_arg(2): reorder must only turn %0 into %1; frame-address must change __percpu_arg(2) to __percpu_arg(1) (outside any string literal).
#include "asmdefs.h"

long percpu_arg_input(void)
{
	register long r asm("r13");

	asm volatile("movq " __percpu_arg(2) ", %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "m" (g4));
	return r;
}
