#include <stdint.h>	/* clang's own header (resource dir), not in the tree */
#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* __int_c_join(a, b) is `a ## b` in clang's <stdint.h>: the declaration
 * below declares `len`, a block-scope long long shadowing the parameter. */
int f(int a, int b, int c, int d, int e, unsigned long len)
{
	{
		long long __int_c_join(le, n) = 5;
		asm volatile("call x # %0 %1 %2 %3 %4 %5"
			     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), "+r" (len), ASM_CALL_CONSTRAINT
			     : : "memory");
		return a + b + c + d + e + (int)len;
	}
}
