// site: 066_acc_ifdef_plus_memory.c:19
// truth: the active ASM_CALL_CONSTRAINT (#else branch) also carries "+m" (g10), which the template references, so dropping ASM_CALL_CONSTRAINT cannot be correct (frame-address must be refused unless it rewrites the macro and keeps g10); reorder (r=0, sp=1, g10=2, v=3 -> sp=0, g10=1, r=2) must give "movq %3, %2 / addq %2, %1".
#include "asmdefs.h"

#undef ASM_CALL_CONSTRAINT
#ifdef CONFIG_RSPILL_NEVER
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#else
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer), "+m" (g10)
#endif

long acc_ifdef_plus_memory(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %3, %0\n\t"
		     "addq %0, %2"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
