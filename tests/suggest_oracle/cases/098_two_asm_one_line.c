// site: 098_two_asm_one_line.c:12
// truth: the site line holds two statements and only the second uses ASM_CALL_CONSTRAINT: reorder must make it "movq %2, %1", frame-address "movq %1, %0", and the first statement ("movq %1, %0" : "=r" (s) : "r" (w)) must not change.
#include "asmdefs.h"

long two_asm_one_line(long x, long y)
{
	register long v asm("r12") = x;
	register long w asm("r13") = y;
	register long r asm("r14");
	register long s asm("r15");

	asm volatile("movq %1, %0" : "=r" (s) : "r" (w)); asm volatile("movq %2, %0" : "=r" (r), ASM_CALL_CONSTRAINT : "r" (v));
	return r + s;
}
