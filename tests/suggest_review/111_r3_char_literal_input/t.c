#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* 'x' has type int: one register on i386, like a small integer literal. */
int f(int a, int b, int c, int d, unsigned long len)
{
	asm volatile("call x # %0 %1 %2 %3 %4 %6"
		     : "+a" (a), "+b" (b), "+c" (c), "+d" (d), "+S" (len), ASM_CALL_CONSTRAINT
		     : "D" ('x') : "memory");
	return a + b + c + d + (int)len;
}
