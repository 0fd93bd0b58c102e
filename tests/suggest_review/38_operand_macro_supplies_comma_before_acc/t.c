register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#define EXTRA_OUT "=r"(c),
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	register long c asm("r14");
	asm volatile("mov %3, %0 # %1 %2 %4" : "+r"(a), EXTRA_OUT ASM_CALL_CONSTRAINT : "r"(b), "i"(42));
}
