#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* The asm is in a macro defined (textually) inside f, whose len is 4
 * bytes, but expanded only in h, whose len is long long. */
int f(int a, int b, int c, int d, int e, unsigned long len)
{
#define DO_CALL \
	asm volatile("call x # %0 %1 %2 %3 %4 %5" \
		     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), "+r" (len), ASM_CALL_CONSTRAINT \
		     : : "memory")
	return a + b + c + d + e + (int)len;
}
int h(int a, int b, int c, int d, int e, long long len)
{
	DO_CALL;
	return a + b + c + d + e + (int)len;
}
