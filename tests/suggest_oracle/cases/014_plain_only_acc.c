// site: 014_plain_only_acc.c:12
// truth: the only operand is ASM_CALL_CONSTRAINT and the template has no references: reorder has nothing to do; frame-address must leave an empty output list and add the input list ": : \"r\" (__builtin_frame_address(0))".
#include "asmdefs.h"

static __attribute__((noinline, used)) void plain_only_acc_helper(void)
{
	__asm__ volatile("" ::: "memory");
}

void plain_only_acc(void)
{
	asm volatile("call plain_only_acc_helper" : ASM_CALL_CONSTRAINT);
}
