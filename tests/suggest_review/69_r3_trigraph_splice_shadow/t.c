#ifdef __x86_64__
register unsigned long current_stack_pointer __asm__("rsp");
#else
register unsigned long current_stack_pointer __asm__("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* ISO C modes (-std=c11) translate trigraphs: ??/ is a backslash, so
 * `le??/` + newline + `n` is the identifier len (phase 1 + phase 2). */
int f(int a, int b, int c, int d, int e, unsigned long len)
{
	{
		long long le??/
n = 5;
		__asm__ __volatile__("call x # %0 %1 %2 %3 %4 %5"
			     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), "+r" (len), ASM_CALL_CONSTRAINT
			     : : "memory");
		return a + b + c + d + e + (int)len;
	}
}
