// site: 125_site_on_template_line.c:12
// truth: the site line is the first template line of the statement (r=0, s=1, sp=2, v=3, w=4, imm=5): reorder must give "movq %3, %1 / movq %4, %2 / addq $%c5, %1"; frame-address "movq %2, %0 / movq %3, %1 / addq $%c4, %0".
#include "asmdefs.h"

long site_on_template_line(long x, long y)
{
	register long v asm("r14") = x;
	register long w asm("r15") = y;
	register long r asm("r12");
	register long s asm("r13");

	asm volatile("movq %3, %0\n\t"
		     "movq %4, %1\n\t"
		     "addq $%c5, %0"
		     : "=r" (r), "=r" (s),
		       ASM_CALL_CONSTRAINT
		     : "r" (v), "r" (w), "i" (5));
	return r + s;
}
