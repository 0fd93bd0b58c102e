#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#ifdef __x86_64__
#define MORE_INPUTS
#else
#define MORE_INPUTS , "S" (x[3]), "D" (x[4]), "b" (x[5]), "r" (x[6])
#endif
void m(int *x)
{
	asm volatile("call helper" : "+a" (x[0]), ASM_CALL_CONSTRAINT : "c" (x[1]), "d" (x[2]) MORE_INPUTS);
}
