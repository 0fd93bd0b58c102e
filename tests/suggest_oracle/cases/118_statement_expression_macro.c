// site: 118_statement_expression_macro.c:8
// truth: kernel-style ({ ... }) macro used twice with one operand per parameter (__r=0, sp=1, v=2, off=3): reorder must give "leaq %c3(%2), %1", frame-address "leaq %c2(%1), %0" in the macro.
#include "asmdefs.h"

#define sp_read_plus(v, off) ({					\
	register long __r asm("r13");				\
	asm volatile("leaq %c3(%2), %0"				\
		     : "=r" (__r), ASM_CALL_CONSTRAINT	\
		     : "r" (v), "i" (off));			\
	__r;							\
})

long statement_expression_macro(long x, long y)
{
	register long a asm("r12") = x;
	register long b asm("r14") = y;

	return sp_read_plus(a, 8) + sp_read_plus(b, 16);
}
