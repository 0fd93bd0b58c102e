register unsigned long current_stack_pointer asm("rsp");
static unsigned long __dummy;
#ifdef CONFIG_TWO_ACC
#define ASM_CALL_CONSTRAINT "+m" (__dummy), "+r" (current_stack_pointer)
#else
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#endif
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	asm volatile("mov %1, %0 # %2" : "+r"(a), "=r"(b), ASM_CALL_CONSTRAINT : "i"(42));
}
