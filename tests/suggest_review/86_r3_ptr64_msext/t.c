#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* With -fms-extensions (the kernel builds with it since 6.19) __ptr64 is
 * a keyword: an 8-byte pointer even on i386. */
int f(int a, int b, int c, int d, int e, void * __ptr64 len)
{
		asm volatile("call x # %0 %1 %2 %3 %4 %5"
			     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), "+r" (len), ASM_CALL_CONSTRAINT
			     : : "memory");
	return a + b + c + d + e;
}
