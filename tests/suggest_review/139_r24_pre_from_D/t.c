register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
#define STR(x) #x
#define XSTR(x) STR(x)
int g0, g1, g2;
#ifdef ZZ
#define PRE ZZ
#else
#define PRE ""
#endif
void f(void) {
	asm volatile(PRE "# A=%0 B=%1 D=%3" : "=m"(g0), "=m"(g1), ASM_CALL_CONSTRAINT : "i"(42));
}
