#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* f takes long long len and returns a pointer to a function whose
 * (prototype-scope) parameter is unsigned long len. */
int (*f(int a, int b, int c, int d, int e, long long len))(unsigned long len)
{
		asm volatile("call x # %0 %1 %2 %3 %4 %5"
			     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), "+r" (len), ASM_CALL_CONSTRAINT
			     : : "memory");
	return (int (*)(unsigned long))(long)(a + b + c + d + e + (int)len);
}
