// site: 069_comma_macro.c:13
// truth: COMMA("=r" (r)) expands to "\"=r\" (r)," so the outputs are r=0, sp=1 with no visible comma between them (v=2): reorder must put ASM_CALL_CONSTRAINT first (e.g. COMMA(ASM_CALL_CONSTRAINT) "=r" (r)) and give "movq %2, %1"; frame-address must drop it without leaving a trailing comma and give "movq %1, %0".
#include "asmdefs.h"

#define COMMA(x...) x,

long comma_macro(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %2, %0"
		     : COMMA("=r" (r)) ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
