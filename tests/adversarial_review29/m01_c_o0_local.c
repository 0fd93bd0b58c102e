/* The review-30 c51 shape with the pointer kept in a local between
 * statements, as unoptimised C keeps it: `p = work; p += off; p(x)` loads
 * work's address, stores it to p's stack slot, reloads it, adds, stores,
 * reloads and calls. With off = 0x11 the call enters work at its restore
 * with %rax the caller's: not a no-op. */
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r"(current_stack_pointer)
int work(int x) {
	asm volatile("nop" : ASM_CALL_CONSTRAINT);
	return x + 1;
}
long off = 0x11;
int entry_via_local(int x) {
	char *p = (char *)work;
	p += off;
	return ((int (*)(int))p)(x);
}
