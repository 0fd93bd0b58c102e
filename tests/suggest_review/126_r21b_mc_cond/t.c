register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
int g, g2, len;
#ifdef B
#define MC "0"
#else
#define MC "c"
#endif
int f(int x)
{
	int y, y2 = 0;
	asm volatile("addl %k3, %k0 # %k2" : "=a" (y), ASM_CALL_CONSTRAINT : MC (x), "b" (x)); /*SITE*/
	return y + y2;
}
