// site: 010_plain_size_modifiers.c:14
// truth: r (rbx)=0, sp=1, v (r12)=2: reorder must turn every %k0/%w0/%b0/%h0 into %k1/%w1/%b1/%h1; frame-address must turn every %k2/%w2/%b2 into %k1/%w1/%b1.
#include "asmdefs.h"

long plain_size_modifiers(long x)
{
	register long v asm("r12") = x;
	register long r asm("rbx") = 0;

	asm volatile("movl %k2, %k0\n\t"
		     "movw %w2, %w0\n\t"
		     "movb %b2, %b0\n\t"
		     "movb %b0, %h0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
