register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* a piece of the template comes from a macro with two definitions */
#ifdef CONFIG_TRACE
#define TRACE_TMPL "\n\t# trace %2 %4"
#else
#define TRACE_TMPL ""
#endif
long g;
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	register long c asm("r14") = 3;
	(void)c;
	asm volatile("mov %3, %0"
		     TRACE_TMPL
		     : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b), "i"(42));
}
