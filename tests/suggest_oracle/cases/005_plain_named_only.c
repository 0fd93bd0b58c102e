// site: 005_plain_named_only.c:11
// truth: every reference is by name (%[out], %[in], %c[k]), so both edits only move/drop/append operands and leave the template untouched.
#include "asmdefs.h"

long plain_named_only(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("leaq %c[k](%[in]), %[out]"
		     : [out] "=r" (r), ASM_CALL_CONSTRAINT
		     : [in] "r" (v), [k] "i" (16));
	return r;
}
