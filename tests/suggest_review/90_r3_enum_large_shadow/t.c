#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* A block-scope enumerator `len` with a value beyond 32 bits: its type is
 * long long, and as an "r" input it takes two registers on i386. */
int f(int a, int b, int c, int d, int e, unsigned long len)
{
	{
		enum { len = 0x123456789LL };
		asm volatile("call x # %0 %1 %2 %3 %4 %6"
			     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), ASM_CALL_CONSTRAINT
			     : "r" (len) : "memory");
	}
	return a + b + c + d + e;
}
