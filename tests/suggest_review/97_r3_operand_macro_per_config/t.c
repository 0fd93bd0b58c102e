#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
long long len64;
#ifdef __x86_64__
#define LEN_OPERAND "+r" (len)
#else
#define LEN_OPERAND "+r" (len64)
#endif
int f(int a, int b, int c, int d, int e, unsigned long len)
{
	asm volatile("call x # %0 %1 %2 %3 %4 %5"
		     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), LEN_OPERAND, ASM_CALL_CONSTRAINT
		     : : "memory");
	return a + b + c + d + e;
}
