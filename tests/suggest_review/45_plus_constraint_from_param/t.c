register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* the output's constraint ("=r" or "+r") comes from the call site */
#define DO(c) \
	asm volatile("mov %2, %0 # %4" : c (a), ASM_CALL_CONSTRAINT : "r"(b), "i"(42))
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	DO("=r");	/* %4: ACC's hidden input */
#ifdef CONFIG_RMW
	DO("+r");	/* %4: a's hidden input */
#endif
	asm volatile("" :: "r"(a));
}
