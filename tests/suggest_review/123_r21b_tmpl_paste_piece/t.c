register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
int g, g2, len;
#define CAT(a, b) a##b
#ifdef B
#define PRE_X "movl %k1, %%ecx\n\t"
#else
#define PRE_X ""
#endif
int f(int x)
{
	int y, y2 = 0;
	asm volatile(CAT(PRE_, X) "movl %2, %0 # %3" : "=a" (y), ASM_CALL_CONSTRAINT : "b" (x), "m" (g) : "ecx"); /*SITE*/
	return y + y2;
}
