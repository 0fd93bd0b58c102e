// site: 097_named_acc_unreferenced.c:11
// truth: [sp] ASM_CALL_CONSTRAINT is named but not referenced (r=0, sp=1, v=2, [k]=3): reorder must give "leaq %c[k](%2), %1"; frame-address must drop the operand together with its [sp] name and give "leaq %c[k](%1), %0".
#include "asmdefs.h"

long named_acc_unreferenced(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("leaq %c[k](%2), %0"
		     : "=r" (r), [sp] ASM_CALL_CONSTRAINT
		     : "r" (v), [k] "i" (24));
	return r;
}
