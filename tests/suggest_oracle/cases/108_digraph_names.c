// site: 108_digraph_names.c:12
// truth: operand names are written with digraphs (<:sp:> is [sp], <:src:> is [src]) whose ":" are not section separators (r=0, sp=1, v=2, imm=3): reorder must turn %0 into %1; frame-address must drop "<:sp:> ASM_CALL_CONSTRAINT" whole and give %c2, %1 for %c3, %2.
#include "asmdefs.h"

long digraph_names(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("leaq %c3(%[src]), %0\n\t"
		     "# %2"
		     : "=r" (r), <:sp:> ASM_CALL_CONSTRAINT
		     : <:src:> "r" (v), "i" (8));
	return r;
}
