#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)
#ifdef __x86_64__
#define WHICH 0
#else
#define WHICH 2
#endif
void k(int *x)
{
	asm volatile("call helper; .ascii \"%" STRINGIFY(WHICH) "\"" : "+a" (x[0]), ASM_CALL_CONSTRAINT : "c" (x[1]), "d" (x[2]));
}
