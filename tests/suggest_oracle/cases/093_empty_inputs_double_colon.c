// site: 093_empty_inputs_double_colon.c:10
// truth: the input list is empty and written "::" before the clobbers: reorder must turn %0 into %1 (both); frame-address must split the "::" and put the new input between them (": \"=r\" (r) : \"r\" (__builtin_frame_address(0)) : \"rdx\", \"memory\"") keeping %0.
#include "asmdefs.h"

long empty_inputs_double_colon(void)
{
	register long r asm("r13");

	asm volatile("movq $9, %0\n\tmovq %0, %%rdx"
		     : "=r" (r), ASM_CALL_CONSTRAINT :: "rdx", "memory");
	return r;
}
