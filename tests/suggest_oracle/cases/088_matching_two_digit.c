// site: 088_matching_two_digit.c:27
// truth: the input "10" (x) is tied to output o10 (11 outputs precede ASM_CALL_CONSTRAINT at 11; x=12, w=13): reorder must make the tie "11", %10 %11 and every output reference %k0..%k9 one higher; frame-address keeps "10" and %0..%10 and makes %12 %11 and %13 %12.
#include "asmdefs.h"

long matching_two_digit(long x, long y)
{
	register long w asm("r13") = y;
	register long o0 asm("rax");
	register long o1 asm("rbx");
	register long o2 asm("rcx");
	register long o3 asm("rdx");
	register long o4 asm("rsi");
	register long o5 asm("rdi");
	register long o6 asm("r8");
	register long o7 asm("r9");
	register long o8 asm("r10");
	register long o9 asm("r11");
	register long o10 asm("r12");

	asm volatile("addq %13, %12\n\t"
		     "# %10 %12 %13\n\t"
		     "xorl %k0, %k0\n\txorl %k1, %k1\n\txorl %k2, %k2\n\txorl %k3, %k3\n\t"
		     "xorl %k4, %k4\n\txorl %k5, %k5\n\txorl %k6, %k6\n\txorl %k7, %k7\n\t"
		     "xorl %k8, %k8\n\txorl %k9, %k9"
		     : "=r" (o0), "=r" (o1), "=r" (o2), "=r" (o3), "=r" (o4), "=r" (o5),
		       "=r" (o6), "=r" (o7), "=r" (o8), "=r" (o9), "=r" (o10),
		       ASM_CALL_CONSTRAINT
		     : "10" (x), "r" (w));
	return o0 + o1 + o2 + o3 + o4 + o5 + o6 + o7 + o8 + o9 + o10;
}
