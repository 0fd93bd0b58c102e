// site: 076_macro_used_inconsistently.c:8
// truth: %1 in the macro is the sp operand in the first use (one output in outs) and s in the second (two outputs), so reorder would need %1->%0 in one and %1->%2 in the other and frame-address would remove an operand the first use references: no renumbering of the macro is correct for both uses (refuse).
#include "asmdefs.h"

#define SP_CALL(outs...)					\
	asm volatile("# %1\n\t"					\
		     "movq %[in], %0"				\
		     : outs, ASM_CALL_CONSTRAINT		\
		     : [in] "r" (v))

long macro_used_inconsistently(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");
	register long s asm("r14");
	register long q asm("r15");

	SP_CALL("=r" (r));
	SP_CALL("=r" (q), "=r" (s));
	return r + q + s;
}
