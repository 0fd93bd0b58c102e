register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
/* Copyright (C) 1999 François Müller */
void f(void)
{
	register long a asm("r12") = 1;
	register long b asm("r13") = 2;
	asm volatile("mov %2, %0 # %1 %3" : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b), "i"(42));
}
