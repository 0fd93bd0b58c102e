register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* the input's constraint comes from the call site */
#define DO(c) \
	asm volatile("# %0 %2" : "=r"(a), ASM_CALL_CONSTRAINT : c (b))
void f(void)
{
	register long a asm("r12");
	register long b asm("r13") = 2;
	DO("r");
#ifdef CONFIG_TIED
	DO("0");	/* b tied to output 0 (a) */
#endif
	asm volatile("" :: "r"(a));
}
