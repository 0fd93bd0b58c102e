/* rspill test tree for `suggest --series`: two ASM_CALL_CONSTRAINT statements in one header. */
#ifndef A_H
#define A_H
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
static inline int one(int x)
{
	int y;
	asm volatile("movl %2, %0" : "=a" (y), ASM_CALL_CONSTRAINT : "b" (x));
	return y;
}
static inline int two(int x)
{
	int y;
	asm volatile("leal 1(%2), %0" : "=r" (y), ASM_CALL_CONSTRAINT : "r" (x));
	return y;
}
#endif
