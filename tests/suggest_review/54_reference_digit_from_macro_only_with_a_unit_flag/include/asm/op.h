#include <asm/asm.h>
/* operand numbers of op()'s asm, for the debug annotation */
#define OP_Y 1
#define OP_P 3
#ifdef OP_DEBUG
#define OP_NOTE(reg) " .ascii \"" __stringify(reg) "\"\n"
#else
#define OP_NOTE(reg) ""
#endif
static inline int op(int *p, int y)
{
	int r;
	asm volatile("movl (%3), %0\n"
		     OP_NOTE(%OP_Y) OP_NOTE(%OP_P)
		     : "=a" (r), "+c" (y), ASM_CALL_CONSTRAINT
		     : "b" (p));
	return r + y;
}
