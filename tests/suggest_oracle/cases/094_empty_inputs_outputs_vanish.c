// site: 094_empty_inputs_outputs_vanish.c:13
// truth: ASM_CALL_CONSTRAINT is the only output and the input list is empty (": : \"memory\""): reorder has nothing to do; frame-address must leave an empty output list and fill the empty input list (": : \"r\" (__builtin_frame_address(0)) : \"memory\"").
#include "asmdefs.h"

static __attribute__((noinline, used)) void vanish_helper(void)
{
	__asm__ volatile("" ::: "memory");
}

void empty_inputs_outputs_vanish(void)
{
	asm volatile("call vanish_helper"
		     : ASM_CALL_CONSTRAINT
		     : : "memory");
}
