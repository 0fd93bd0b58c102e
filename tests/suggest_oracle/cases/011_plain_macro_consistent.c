// site: 011_plain_macro_consistent.c:7
// truth: the statement is in a macro whose parameters are only operand expressions (one operand each), so the edit goes into the macro: reorder gives "leaq %c3(%2), %1", frame-address "leaq %c2(%1), %0", correct for all three uses.
#include "asmdefs.h"

#define SP_LEA(dst, src, off)					\
	asm volatile("leaq %c3(%2), %0"				\
		     : "=r" (dst), ASM_CALL_CONSTRAINT	\
		     : "r" (src), "i" (off))

long plain_macro_consistent(long x, long y)
{
	register long a asm("r12") = x;
	register long b asm("r13") = y;
	register long c asm("r14");
	register long d asm("r15");
	register long e asm("rbx");

	SP_LEA(c, a, 8);
	SP_LEA(d, b, 24);
	SP_LEA(e, a, -40);
	return c + d + e;
}
