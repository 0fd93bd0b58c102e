// site: 101_many_operands.c:29
// truth: fifteen operands with two-digit references (o0..o5=0..5, sp=6, o6=7, o7=8, inputs 9..14): reorder must shift %0..%5 up by one and leave %7..%14; frame-address must leave %0..%5, make %7 %6, %8 %7 and shift every input down by one (%9->%8 ... %14->%13) without chaining replacements.
#include "asmdefs.h"

long many_operands(long x, long y, long z, long u)
{
	register long i0 asm("r10") = x;
	register long i1 asm("r11") = y;
	register long i2 asm("r12") = z;
	register long i3 asm("r13") = u;
	register long o0 asm("rax");
	register long o1 asm("rbx");
	register long o2 asm("rcx");
	register long o3 asm("rdx");
	register long o4 asm("rsi");
	register long o5 asm("rdi");
	register long o6 asm("r8");
	register long o7 asm("r9");

	asm volatile("movq %9, %0\n\t"
		     "movq %10, %1\n\t"
		     "movq %11, %2\n\t"
		     "movq $%c12, %3\n\t"
		     "movq %13, %4\n\t"
		     "movq %14, %5\n\t"
		     "movq %9, %7\n\t"
		     "movq %10, %8"
		     : "=r" (o0), "=r" (o1), "=r" (o2), "=r" (o3), "=r" (o4), "=r" (o5),
		       ASM_CALL_CONSTRAINT, "=r" (o6), "=r" (o7)
		     : "r" (i0), "r" (i1), "r" (i2), "i" (1000), "m" (g7), "r" (i3));
	return o0 + o1 + o2 + o3 + o4 + o5 + o6 + o7;
}
