register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* the whole input list is the caller's */
#define DO(...) \
	asm volatile("# %0" : "+r"(a), ASM_CALL_CONSTRAINT : __VA_ARGS__)
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	(void)b;
	DO("r"(b));
#ifdef CONFIG_NO_INPUT
	DO();
#endif
}
