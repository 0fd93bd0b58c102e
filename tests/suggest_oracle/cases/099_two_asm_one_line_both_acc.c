// site: 099_two_asm_one_line_both_acc.c:12
// truth: both statements on the site line use ASM_CALL_CONSTRAINT: for the first (r=0, sp=1, v=2) reorder must give "movq %2, %1" and frame-address "movq %1, %0"; the second (sp=0, s=1, w=2) is already ordered and frame-address must give "movq %1, %0"; an edit of either must be right for it and leave the other consistent.
#include "asmdefs.h"

long two_asm_one_line_both_acc(long x, long y)
{
	register long v asm("r12") = x;
	register long w asm("r13") = y;
	register long r asm("r14");
	register long s asm("r15");

	asm volatile("movq %2, %0" : "=r" (r), ASM_CALL_CONSTRAINT : "r" (v)); asm volatile("movq %2, %1" : ASM_CALL_CONSTRAINT, "=r" (s) : "r" (w));
	return r + s;
}
