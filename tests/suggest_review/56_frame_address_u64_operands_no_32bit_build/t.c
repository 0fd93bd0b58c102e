#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
typedef unsigned long long u64;
void f(u64 *o, u64 c, int d)
{
	asm volatile("call foo; .ascii \"%0 %1 %3 %4\"" : "+r" (o[0]), "+r" (o[1]), ASM_CALL_CONSTRAINT : "r" (c), "r" (d));
}
