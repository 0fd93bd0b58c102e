#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* Like paravirt_types.h's EXTRA_CLOBBERS: the clobber list depends on the
 * configuration.  Here the 32-bit definition adds "ebx". */
#ifdef __x86_64__
#define EXTRA_CLOBBERS "memory"
#else
#define EXTRA_CLOBBERS "memory", "ebx"
#endif
int f(int a, int b, int c, int d, int e, unsigned long len)
{
	asm volatile("call x # %0 %1 %2 %3 %4 %5"
		     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), "+r" (len), ASM_CALL_CONSTRAINT
		     : : EXTRA_CLOBBERS);
	return a + b + c + d + e + (int)len;
}
