// site: 095_no_input_section_refs.c:9
// truth: there is no input section at all (r=0, sp=1): reorder must give "movq $7, %1 / leaq 3(%1), %1"; frame-address must add ": \"r\" (__builtin_frame_address(0))" and keep %0.
#include "asmdefs.h"

long no_input_section_refs(void)
{
	register long r asm("r13");

	asm volatile("movq $7, %0\n\tleaq 3(%0), %0" : "=r" (r), ASM_CALL_CONSTRAINT);
	return r;
}
