register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifdef CONFIG_NEVER
#define X0 "=r"(d)
#define X1 X0, X0
#define X2 X1, X1
#define X3 X2, X2
#define X4 X3, X3
#define X5 X4, X4
#define X6 X5, X5
#define X7 X6, X6
#define X8 X7, X7
#define X9 X8, X8
#define X10 X9, X9
#define X11 X10, X10
#define X12 X11, X11
#define X13 X12, X12
#define X14 X13, X13
#define X15 X14, X14
#define X16 X15, X15
#define X17 X16, X16
#define X18 X17, X17
#define X19 X18, X18
#define X20 X19, X19
#define EXTRA_OUT X20
#else
#define EXTRA_OUT "=r"(c)
#endif
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	register long c asm("r14");
	register long d asm("r15");
	(void)d;
	asm volatile("mov %1, %0 # %2 %3 %4" : "+r"(a), EXTRA_OUT, ASM_CALL_CONSTRAINT : "r"(b), "i"(42));
}
