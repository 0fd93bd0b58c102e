#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* "rax" names no register in a 32-bit build (clang -m32 accepts it and
 * clobbers nothing: %eax stays available), so it costs nothing there. */
int f(int a, int b, int c, int d, int e, unsigned long len)
{
	asm volatile("call x # %0 %1 %2 %3 %4 %5"
		     : "+r" (a), "+b" (b), "+c" (c), "+d" (d), "+S" (e), "+D" (len), ASM_CALL_CONSTRAINT
		     : : "memory", "rax");
	return a + b + c + d + e + (int)len;
}
