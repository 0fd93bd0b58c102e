// site: 017_plain_output2_named_call.c:20
// truth: kernel alternative_call shape: ASM_OUTPUT2("=a" (ret), ASM_CALL_CONSTRAINT) at the call site and only named references, so reorder swaps the two arguments of ASM_OUTPUT2 and frame-address drops ASM_CALL_CONSTRAINT there and appends the input after "D" (x); no template change.
#include "asmdefs.h"

static __attribute__((noinline, used)) long plain_alt_old(long x)
{
	return x + 1;
}

#define plain_alternative_call(oldfunc, output, input...)		\
	asm_inline volatile("call %c[old]"				\
			    : output					\
			    : [old] "i" (oldfunc), ## input		\
			    : "memory", "rcx", "rdx", "rsi", "r8", "r9", "r10", "r11")

long plain_output2_named_call(long x)
{
	long ret;

	plain_alternative_call(plain_alt_old, ASM_OUTPUT2("=a" (ret), ASM_CALL_CONSTRAINT), "D" (x));
	return ret;
}
