register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* same number of operands either way, but "+" adds a hidden input */
#ifdef CONFIG_RMW
#define OUT_C "+r"
#else
#define OUT_C "=r"
#endif
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	/* "=": a0 ACC1 b2 $3 | ACC-hidden 4
	 * "+": a0 ACC1 b2 $3 | a-hidden 4, ACC-hidden 5 */
	asm volatile("mov %2, %0 # %4" : OUT_C (a), ASM_CALL_CONSTRAINT : "r"(b), "i"(42));
}
