#include <asm/op.h>
int a(int *p, int y)
{
	return op(p, y);
}
