register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#define __CAT(a, b) a ## b
#define CAT(a, b) __CAT(a, b)
#define EXTRA_OUT_0 "=r"(c)
#define EXTRA_OUT_1 "=r"(c), "=r"(d)
/* one definition, but what it expands to depends on CONFIG_WIDE */
#define EXTRA_OUT CAT(EXTRA_OUT_, CONFIG_WIDE)
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	register long c asm("r14");
	register long d asm("r15");
	(void)d;
	/* %2 is ACC with CONFIG_WIDE=0, output d with CONFIG_WIDE=1 */
	asm volatile("mov %1, %0 # %2 %3 %4"
		     : "+r"(a),
		       EXTRA_OUT, ASM_CALL_CONSTRAINT : "r"(b), "i"(42));
}
