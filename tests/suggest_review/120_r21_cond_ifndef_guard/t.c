register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifndef H_H
#define H_H
#define OUTS "=a" (r)
#endif

int f(int a)
{
	int r, s = 0;
	asm volatile("# %0 %1" : OUTS, ASM_CALL_CONSTRAINT : "b" (a));
	return r + s;
}
