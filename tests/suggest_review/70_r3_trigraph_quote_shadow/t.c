#ifdef __x86_64__
register unsigned long current_stack_pointer __asm__("rsp");
#else
register unsigned long current_stack_pointer __asm__("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* "??/"" is the one-character string "\"" under -std=c11 (trigraphs on);
 * a lexer without trigraphs sees a string ending early and a new one
 * starting, which swallows the shadowing declaration. */
int f(int a, int b, int c, int d, int e, unsigned long len)
{
	{
		const char *s = "??/""; long long len = 5; const char *t = "??/"";
		__asm__ __volatile__("call x # %0 %1 %2 %3 %4 %5"
			     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), "+r" (len), ASM_CALL_CONSTRAINT
			     : : "memory");
		return a + b + c + d + e + (int)len + s[0] + t[0];
	}
}
