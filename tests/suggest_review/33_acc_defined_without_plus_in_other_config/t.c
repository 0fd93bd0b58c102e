register unsigned long current_stack_pointer asm("rsp");
#ifdef CONFIG_OLD_ACC
#define ASM_CALL_CONSTRAINT "=r" (current_stack_pointer)
#else
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#endif
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	/* "+": a0 b1 ACC2 $3 | a-h 4, b-h 5, ACC-h 6;  "=": a0 b1 ACC2 $3 | a-h 4, b-h 5 */
	asm volatile("mov %3, %0 # %1 %4 %5" : "+r"(a), "+r"(b), ASM_CALL_CONSTRAINT : "i"(42));
}
