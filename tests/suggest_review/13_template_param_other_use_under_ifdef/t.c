register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* the template is the macro's parameter */
#define DO(tmpl, out, in) \
	asm volatile(tmpl : "+r"(out), ASM_CALL_CONSTRAINT : "r"(in), "i"(42))
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	DO("# plain", a, b);
#ifdef CONFIG_DEBUG_X
	DO("mov %2, %0 # %1 %3 %4", a, b);
#endif
}
