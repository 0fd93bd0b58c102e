// site: 075_input_param_hidden_ref.c:8
// truth: the template refers to %3, which is the hidden input of a in the first use (one input) but the input w in the second (two inputs); reorder needs %3->%4 in the first use and %3 kept in the second, frame-address %3 kept and %3->%2, so no renumbering of the macro is correct for both uses (refuse, or edit the call sites).
#include "asmdefs.h"

#define HID_CALL(a, input...)					\
	asm volatile("addq %2, %0\n\t"				\
		     "movq %3, %%rax"				\
		     : "+r" (a), ASM_CALL_CONSTRAINT		\
		     : input					\
		     : "rax")

long input_param_hidden_ref(long x, long y, long z)
{
	register long a asm("r12") = x;
	register long v asm("r13") = y;
	register long w asm("r14") = z;
	register long b asm("r15") = x ^ z;

	HID_CALL(a, "r" (v));
	HID_CALL(b, "r" (v), "r" (w));
	return a + b;
}
