register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifdef CONFIG_X
??=define OUTS "=a" (r), "=c" (s)
#else
#define OUTS "=a" (r)
#endif

int f(int a)
{
	int r, s = 0;
	asm volatile("# %0 %1" : OUTS, ASM_CALL_CONSTRAINT : "b" (a));
	return r + s;
}
