#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#else
register unsigned long current_stack_pointer asm("esp");
#endif
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#define PART1
#include "x.h"
#undef PART1
int a, b, c, d, e;
long long len;
void h(void)
{
#include "x.h"
}
