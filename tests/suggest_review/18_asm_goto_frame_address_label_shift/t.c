register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
long f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	register long c asm("r14") = 3;
	/* a0 b1 ACC2 c3 | hidden: a4 b5 ACC6 | labels: out7 out2_8 */
	asm goto("jmp %l7 # %0 %1 %3 %4 %5 %l8"
		 : "+r"(a), "+r"(b), ASM_CALL_CONSTRAINT : "r"(c) : : out, out2);
	return a + b;
out:
	return -1;
out2:
	return -2;
}
