register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
int g;
#define DO(p) asm volatile(p "movl %2, %0 # %3" : "=a" (y), ASM_CALL_CONSTRAINT : "b" (x), "m" (g) : "ecx") /*SITE*/
int f(int x)
{
	int y;
	DO(PRE);
	return y;
}
