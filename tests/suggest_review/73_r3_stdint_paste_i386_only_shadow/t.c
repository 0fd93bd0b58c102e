#include <stdint.h>	/* clang's own header (resource dir), not in the tree */
#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* __int_c(v, s) expands its arguments then pastes: with the predefined
 * __SIZEOF_POINTER__ the block declares len8 on x86-64 (unrelated) but
 * len4 on i386, shadowing the parameter only in the 32-bit build. */
int f(int a, int b, int c, int d, int e, unsigned long len4)
{
	{
		long long __int_c(len, __SIZEOF_POINTER__) = 5;
		asm volatile("call x # %0 %1 %2 %3 %4 %5"
			     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), "+r" (len4), ASM_CALL_CONSTRAINT
			     : : "memory");
		return a + b + c + d + e + (int)len4;
	}
}
