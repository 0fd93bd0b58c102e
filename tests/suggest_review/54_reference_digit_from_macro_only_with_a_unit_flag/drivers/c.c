#include <asm/op.h>
int c(int *p, int y)
{
	return op(p, y);
}
