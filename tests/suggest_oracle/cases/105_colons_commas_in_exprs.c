// site: 105_colons_commas_in_exprs.c:13
// truth: the template contains ":" and "," and the operand expressions contain a bit-field struct and a ?: (r=0, sp=1, v=2, imm 16=3, imm 24=4): reorder must only turn %0 into %1; frame-address must give %c2, %1, %c3 for %c3, %2, %c4.
#include "asmdefs.h"

long colons_commas_in_exprs(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("# seg %%gs:%c3, list a,b:c\n\t"
		     "movq %2, %0\n\t"
		     "addq $%c4, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v), "i" (sizeof(struct cc_pair { int a : 4, b : 4; long c; })),
		       "i" (1 ? 24 : 32));
	return r;
}
