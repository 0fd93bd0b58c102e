register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* outputs after ACC come from the caller; %5 is a hidden input whose number depends on them */
#define DO(...) \
	asm volatile("mov %1, %0 # %5" : "+r"(a), ASM_CALL_CONSTRAINT, __VA_ARGS__ : "r"(b), "i"(42))
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	register long c asm("r14");
	register long d asm("r15");
	/* one extra output: a0 ACC1 c2 b3 $4 | a-h 5 ACC-h 6 */
	DO("=r"(c));
#ifdef CONFIG_WIDE
	/* two: a0 ACC1 c2 d3 b4 $5 | a-h 6 ACC-h 7 */
	DO("=r"(c), "=r"(d));
#endif
	asm volatile("" :: "r"(c), "r"(d));
}
