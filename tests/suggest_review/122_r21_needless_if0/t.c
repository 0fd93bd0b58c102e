register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#define OUTS "=a" (r)
#if 0
#define OUTS "=a" (r), "=c" (s)
#endif

int f(int a)
{
	int r, s = 0;
	asm volatile("# %0 %c2" : OUTS, ASM_CALL_CONSTRAINT : "i" (4), "b" (a));
	return r + s;
}
