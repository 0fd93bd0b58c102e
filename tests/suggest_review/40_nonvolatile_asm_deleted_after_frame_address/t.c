register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
long counter;
void f(void)
{
	long ret;
	register long b asm("r13") = 2;
	/* not volatile; its only used effect is the %rsp write of ACC
	 * (ret is dead) */
	asm("# %0 %2" : "=r"(ret), ASM_CALL_CONSTRAINT : "r"(b));
}
