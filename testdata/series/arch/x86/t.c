/* rspill test tree for `suggest --series`: a third statement, and the unit that compiles all three. */
#include <asm/a.h>
int g;
int three(int x)
{
	int y;
	asm volatile("movl %2, %0 # %3" : "=a" (y), ASM_CALL_CONSTRAINT : "b" (x), "m" (g));
	return y + one(x) + two(x);
}
