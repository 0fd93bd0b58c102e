/* Control for m01: the pointer kept in a local and called as it is (no
 * arithmetic): work is entered at its start only, its restores stay
 * claimed. */
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r"(current_stack_pointer)
int work(int x) {
	asm volatile("nop" : ASM_CALL_CONSTRAINT);
	return x + 1;
}
int entry_plain(int x) {
	int (*p)(int) = work;
	if (p != work)
		return 0;
	return p(x);
}
