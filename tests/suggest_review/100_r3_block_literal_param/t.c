#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* clang blocks: the asm is in a block literal whose own parameter len is
 * long long; the enclosing function's len is unsigned long. */
int f(int a, int b, int c, int d, int e, unsigned long len)
{
	__block int A = a, B = b, C = c, D = d, E = e;
	int (^blk)(long long) = ^(long long len) {
		asm volatile("call x # %0 %1 %2 %3 %4 %5"
			     : "+r" (A), "+r" (B), "+r" (C), "+r" (D), "+r" (E), "+r" (len), ASM_CALL_CONSTRAINT
			     : : "memory");
		return (int)len + A + B + C + D + E;
	};
	return blk(len);
}
