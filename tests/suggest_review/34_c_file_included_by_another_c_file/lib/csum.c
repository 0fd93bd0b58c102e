register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifndef CSUM_EXTRA_OUT
#define CSUM_EXTRA_OUT "=r"(c)
#endif
void csum(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	register long c asm("r14");
	register long d asm("r15");
	(void)d;
	asm volatile("mov %1, %0 # %2 %3 %4" : "+r"(a), CSUM_EXTRA_OUT, ASM_CALL_CONSTRAINT : "r"(b), "i"(42));
}
