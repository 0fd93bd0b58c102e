register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* an expression macro that, in one configuration, closes the operand and opens another */
#ifdef CONFIG_WIDE
#define OUT_LV c), "=r"(d
#else
#define OUT_LV c
#endif
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	register long c asm("r14");
	register long d asm("r15");
	(void)d;
	asm volatile("mov %1, %0 # %2 %3 %4" : "+r"(a), "=r"(OUT_LV), ASM_CALL_CONSTRAINT : "r"(b), "i"(42));
}
