register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
long g1, g2;
void f(void) {
  register long a asm("r12") = 1;
  register long b asm("r13") = 2;
  asm volatile("mov %1, %0 # %2 %3" : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b));
  register long c asm("r14") = a;
  asm volatile("" :: "r"(c));
}
