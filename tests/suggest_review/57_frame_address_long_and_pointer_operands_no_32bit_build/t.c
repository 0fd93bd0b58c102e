#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
void f(long *o, unsigned long c, void *p, int d)
{
	asm volatile("call foo; .ascii \"%0 %1 %3 %4 %5\"" : "+a" (o[0]), "+d" (o[1]), ASM_CALL_CONSTRAINT : "c" (c), "S" (p), "D" (d));
}
