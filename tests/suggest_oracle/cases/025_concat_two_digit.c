// site: 025_concat_two_digit.c:26
// truth: "%1" "0" is %10 (output o10, 11 outputs precede ASM_CALL_CONSTRAINT at 11, immediates are 12..22): reorder must make it %11 and %1 %2 (not %20), frame-address must leave %10 and %1 and make %c12 %c11 and %c22 %c21.
#include "asmdefs.h"

long concat_two_digit(void)
{
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

	asm volatile("movq $%c12, %1" "0\n\t"
		     "movq $%c22, %1\n\t"
		     "xorl %k0, %k0\n\txorl %k2, %k2\n\txorl %k3, %k3\n\txorl %k4, %k4\n\t"
		     "xorl %k5, %k5\n\txorl %k6, %k6\n\txorl %k7, %k7\n\txorl %k8, %k8\n\t"
		     "xorl %k9, %k9"
		     : "=r" (o0), "=r" (o1), "=r" (o2), "=r" (o3), "=r" (o4), "=r" (o5),
		       "=r" (o6), "=r" (o7), "=r" (o8), "=r" (o9), "=r" (o10),
		       ASM_CALL_CONSTRAINT
		     : "i" (100), "i" (101), "i" (102), "i" (103), "i" (104), "i" (105),
		       "i" (106), "i" (107), "i" (108), "i" (109), "i" (110));
	return o0 + o1 + o2 + o3 + o4 + o5 + o6 + o7 + o8 + o9 + o10;
}
