// site: 002_plain_call_no_refs.c:15
// truth: the template has no operand references, so reorder only swaps the two outputs and frame-address only drops ASM_CALL_CONSTRAINT and appends "r" (__builtin_frame_address(0)) after "S" (b).
#include "asmdefs.h"

static __attribute__((noinline, used)) long plain_helper(long a, long b)
{
	return a * 3 + b;
}

long plain_call_no_refs(long a, long b)
{
	long ret;

	asm volatile("call plain_helper"
		     : "=a" (ret), ASM_CALL_CONSTRAINT
		     : "D" (a), "S" (b)
		     : "memory", "cc", "rcx", "rdx", "r8", "r9", "r10", "r11");
	return ret;
}
