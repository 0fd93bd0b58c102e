// site: 026_octal_escape.c:11
// truth: "\0450" is %0 (octal escape for %): reorder must make it name r again (%1); frame-address must turn the plain %2 into %1 and leave the escaped %0.
#include "asmdefs.h"

long octal_escape(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %2, \0450"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
