register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifndef EXTRA_OUT
#define EXTRA_OUT "=r"(c)
#endif
static inline void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	register long c asm("r14") = 3;
	register long d asm("r15") = 4;
	asm volatile("mov %1, %0 # %2 %3 %4" : "+r"(a), EXTRA_OUT, ASM_CALL_CONSTRAINT : "r"(b), "i"(42));
}
