#include <asm/op.h>
void d(opt_t *o, int x)
{
	op(o, x);
}
