register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r"(current_stack_pointer)
int work(int x) {
	asm volatile("nop" : ASM_CALL_CONSTRAINT);
	return x + 1;
}
long off = 0x11;
int entry_via_ptr(int x) {
	return ((int (*)(int))((char *)work + off))(x);
}
