#include <asm/op.h>
void b(opt_t *o, int x)
{
	op(o, x);
}
