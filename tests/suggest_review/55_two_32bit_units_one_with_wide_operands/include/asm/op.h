#include <asm/asm.h>
#ifdef OP_WIDE
typedef unsigned long long opt_t;
#else
typedef unsigned long opt_t;
#endif
static inline void op(opt_t *o, int x)
{
	asm volatile("call foo; .ascii \"%0 %4\""
		     : "+r" (o[0]), "+r" (o[1]), "+r" (o[2]), ASM_CALL_CONSTRAINT
		     : "r" (x));
}
