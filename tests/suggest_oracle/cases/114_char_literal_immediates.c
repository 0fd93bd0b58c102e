// site: 114_char_literal_immediates.c:15
// truth: immediates are the character constants '"', ':', ',' and '\'' (r=0, sp=1, v=2, imm 3..6): reorder must only turn %0 into %1; frame-address must give %1 and %c2..%c5 for %2 and %c3..%c6.
#include "asmdefs.h"

long char_literal_immediates(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %2, %0\n\t"
		     "addq $%c3, %0\n\t"
		     "addq $%c4, %0\n\t"
		     "addq $%c5, %0\n\t"
		     "# %c6"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v), "i" ('"'), "i" (':'), "i" (','), "i" ('\''));
	return r;
}
