register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
int g, g2, len;
int f(int x)
{
	int y, y2 = 0;
	asm volatile(PRE "movl %2, %0 # %3" : "=a" (y), ASM_CALL_CONSTRAINT : "b" (x), "m" (g) : "ecx"); /*SITE*/
	return y + y2;
}
