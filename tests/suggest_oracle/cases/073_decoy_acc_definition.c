// site: 073_decoy_acc_definition.c:13
// truth: h_decoy_acc.h (never included) defines ASM_CALL_CONSTRAINT as two operands, but the real one is asmdefs.h's single "+r": r=0, sp=1, v=2, w=3, so reorder must give "movq %2, %1 / subq %3, %1" and frame-address "movq %1, %0 / subq %2, %0".
#include "asmdefs.h"

long decoy_acc_definition(long x, long y)
{
	register long v asm("r12") = x;
	register long w asm("r13") = y;
	register long r asm("r14");

	asm volatile("movq %2, %0\n\t"
		     "subq %3, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v), "r" (w));
	return r;
}
