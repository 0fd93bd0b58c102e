#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* GNU C accepts register numbers as clobbers; for x86 "1" is the d
 * register (gcc numbering: ax dx cx bx si di bp sp). */
int f(int a, int b, int c, int d, int e, unsigned long len)
{
	asm volatile("call x # %0 %1 %2 %3 %4 %5"
		     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), "+r" (len), ASM_CALL_CONSTRAINT
		     : : "memory", "1");
	return a + b + c + d + e + (int)len;
}
