#include <stdint.h>
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
uint32_t g;
uint32_t f(uint32_t x)
{
	uint32_t y;
	asm volatile("movl %2, %0 # %3" : "=a" (y), ASM_CALL_CONSTRAINT : "b" (x), "m" (g) : "ecx"); /*SITE*/
	return y;
}
