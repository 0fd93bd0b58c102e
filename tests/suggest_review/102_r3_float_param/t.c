#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* float is 4 bytes everywhere: one general register in a GPR constraint on i386. */
int f(int a, int b, int c, int d, int e, float len)
{
	asm volatile("call x # %0 %1 %2 %3 %4 %5"
		     : "+a" (a), "+b" (b), "+c" (c), "+d" (d), "+S" (e), "+D" (len), ASM_CALL_CONSTRAINT
		     : : "memory");
	return a + b + c + d + e + (int)len;
}
