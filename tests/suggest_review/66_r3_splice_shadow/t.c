#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* A block-scope `long long len` shadows the parameter; its name is written
 * with a backslash-newline splice (translation phase 2 joins it to `len`). */
int f(int a, int b, int c, int d, int e, unsigned long len)
{
	{
		long long le\
n = 5;
		asm volatile("call x # %0 %1 %2 %3 %4 %5"
			     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), "+r" (len), ASM_CALL_CONSTRAINT
			     : : "memory");
		return a + b + c + d + e + (int)len;
	}
}
