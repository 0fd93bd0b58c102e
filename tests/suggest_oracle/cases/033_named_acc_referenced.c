// site: 033_named_acc_referenced.c:12
// truth: the template reads %[sp], the ASM_CALL_CONSTRAINT operand itself, so no frame-address edit is correct (it must be refused); reorder must turn %0 into %1 and leave %[sp] and %2.
#include "asmdefs.h"

long named_acc_referenced(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("leaq 16(%[sp]), %0\n\t"
		     "addq %2, %0"
		     : "=r" (r), [sp] ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
