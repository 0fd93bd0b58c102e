register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
int g, g2, len;
#define DO(insn) asm volatile(insn "movl %2, %0 # %3" : "=a" (y), ASM_CALL_CONSTRAINT : "b" (x), "m" (g) : "ecx") /*SITE*/
#define CALL(n) DO(TPL_##n)
#define TPL_A ""
#define TPL_B "movl %k1, %%ecx\n\t"
int f(int x)
{
	int y;
	CALL(A);
	return y;
}
#ifdef B
int f2(int x)
{
	int y;
	CALL(B);
	return y;
}
#endif
