#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* The long long len lives in a block that ends before the asm. */
int f(int a, int b, int c, int d, int e, unsigned long len)
{
	{
		long long len = 5;
		e += (int)len;
	}
	asm volatile("call x # %0 %1 %2 %3 %4 %5"
		     : "+a" (a), "+b" (b), "+c" (c), "+d" (d), "+S" (e), "+D" (len), ASM_CALL_CONSTRAINT
		     : : "memory");
	return a + b + c + d + e + (int)len;
}
