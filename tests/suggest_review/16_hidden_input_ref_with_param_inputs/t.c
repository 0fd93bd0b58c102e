register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* %3 is a hidden input when the caller passes one input, an input when it passes two */
#define DO(...) \
	asm volatile("mov %0, %2 # %3" : "+r"(a), ASM_CALL_CONSTRAINT : __VA_ARGS__)
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	register long c asm("r14") = 3;
#ifdef CONFIG_TWO_INPUTS
	DO("r"(b), "r"(c));
#else
	DO("r"(b));
#endif
}
