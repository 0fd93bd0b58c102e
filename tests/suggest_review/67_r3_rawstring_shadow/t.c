#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* clang accepts C++-style raw string literals in GNU C modes.  Each R"(")"
 * holds one '"'; the shadowing declaration sits between two of them. */
int f(int a, int b, int c, int d, int e, unsigned long len)
{
	{
		const char *s = R"(")"; long long len = 5; const char *t = R"(")";
		asm volatile("call x # %0 %1 %2 %3 %4 %5"
			     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), "+r" (len), ASM_CALL_CONSTRAINT
			     : : "memory");
		return a + b + c + d + e + (int)len + s[0] + t[0];
	}
}
