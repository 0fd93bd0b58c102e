// site: 104_all_modifiers.c:17
// truth: r (rbx)=0, sp=1, s (r12)=2, imm=3, g6=4, v (rcx)=5: reorder must turn %k0 %b0 %q0 %h0 into %k1 %b1 %q1 %h1; frame-address must give %k4 %w1 %h4 %P3 %q1 %c2 %b4 for %k5 %w2 %h5 %P4 %q2 %c3 %b5.
#include "asmdefs.h"

long all_modifiers(long x)
{
	register long v asm("rcx") = x;
	register long r asm("rbx") = 0;
	register long s asm("r12");

	asm volatile("movl %k5, %k0\n\t"
		     "movw %w5, %w2\n\t"
		     "movb %h5, %b0\n\t"
		     "movq %P4, %q2\n\t"
		     "addq $%c3, %q0\n\t"
		     "movb %b5, %h0"
		     : "=r" (r), ASM_CALL_CONSTRAINT, "=r" (s)
		     : "i" (77), "m" (g6), "r" (v));
	return r + s;
}
