register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* the operand number after the % comes from the call site, as a string literal */
#define SHOW(n) \
	asm volatile("mov %3, %0 # %" n : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b), "i"(42))
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	SHOW("2");		/* input b: reorder keeps it */
#ifdef CONFIG_DEBUG_X
	SHOW("1");		/* ASM_CALL_CONSTRAINT */
#endif
}
