// site: 091_crlf_define.c:8
// truth: CRLF file, statement in a macro with backslash-CRLF continuations (dst=0, sp=1, src=2, imm=3): reorder must give "movq %2, %1 / addq $%c3, %1", frame-address "movq %1, %0 / addq $%c2, %0", and the patch must apply to the CRLF lines.
#include "asmdefs.h"

#define CRLF_LOAD(dst, src)					\
	asm volatile("movq %2, %0\n\t"				\
		     "addq $%c3, %0"				\
		     : "=r" (dst), ASM_CALL_CONSTRAINT	\
		     : "r" (src), "i" (77))

long crlf_define(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	CRLF_LOAD(r, v);
	return r;
}
