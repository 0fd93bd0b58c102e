/*
 * rspill fixture: a stack switch in the style of the kernel's call_on_stack()
 * (arch/x86/include/asm/irq_stack.h, written here from scratch): the current
 * %rsp is stored at the top of another stack, %rsp is switched there, a
 * function is called, and `popq %rsp` switches back:
 *
 *     movq %rsp,(%r11)       the cell: the word at the new stack's top
 *     movq %r11,%rsp
 *     call FUNC              FUNC's return address goes below the cell
 *     popq %rsp              back to the value in the cell
 *
 * Whether `popq %rsp` restores this function's %rsp depends on one fact: may
 * FUNC write the cell? The cell is the word at %rsp at the call, which is
 * exactly where FUNC's first stack argument would be. SysV: a function takes
 * stack arguments only if its integer-class arguments do not fit in six
 * registers, it has an argument passed in memory (a struct over 16 bytes), or
 * it is variadic (the caller may pass more). rspill reads FUNC's prototype
 * from DWARF.
 *
 * Every function also gets the switch away (`movq %r11,%rsp`, a value not
 * from this frame: rsp-switch), listed first below.
 *
 * Path by path (one path per function: no branches):
 * - on_regs: regs_only(long, long) takes two register arguments and owns no
 *   word of the caller's stack, and its body writes only `sink`: popq %rsp
 *   reads the value stored by the first movq, %rsp before the switch, a switch
 *   back to this frame. But the cell is global memory (`other_stack`), which
 *   any callee may write, and a DWARF prototype says what a function
 *   declares, not what its code does (tests/adversarial_prototypes/: gcc's
 *   ms_abi without a DWARF mark, IFUNC, weak, naked): so rspill reports the
 *   switch back with the assumption `callee-prototypes`, never as proven.
# expect: on_regs kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: on_regs kind=rsp-switch redundant=no delta=unknown objtool_fail=no
 * - on_seven: seven(long x7) takes its seventh argument at 0(%rsp) on entry
 *   +8, i.e. the cell: the ABI lets it write it. Its code here only reads it
 *   (add 0x40(%rsp)) and writes nothing at or above its CFA, and rspill
 *   reads the code of a callee the object defines (src/own_frame.rs): a
 *   switch back, with its assumptions.
# expect: on_seven kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: on_seven kind=rsp-switch redundant=no delta=unknown objtool_fail=no
 * - on_big: by_value(struct big) receives the 32-byte struct in memory, the
 *   caller's stack from the cell up: it may write it. Not provable.
# expect: on_big kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: on_big kind=rsp-unknown-restore redundant=no delta=unknown objtool_fail=no
 * - on_varargs: variadic(int, ...) may read (and, through va_arg pointers,
 *   has the address of) stack arguments; its code here uses no va_arg and
 *   touches nothing above its frame: a switch back, with its assumptions.
# expect: on_varargs kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: on_varargs kind=rsp-switch redundant=no delta=unknown objtool_fail=no
 * - on_msabi: msabi(long) has one argument, but in the Microsoft x64
 *   convention (ms_abi, DWARF DW_AT_calling_convention): the callee owns 32
 *   bytes of home space above its return address, the cell among them.
 *   Its code here keeps to its own frame (the xmm saves go below %rsp+0xa0):
 *   a switch back, with its assumptions.
# expect: on_msabi kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: on_msabi kind=rsp-switch redundant=no delta=unknown objtool_fail=no
 *
 * Written from scratch for the rspill test suite (not kernel source).
 * Build: see ../build.sh (CFLAGS_KMSAN). The callees are not instrumented
 * (no KMSAN calls inside them) so that the prototypes are the only variable.
 */
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r"(current_stack_pointer)

struct big {
	long a[4];
};

extern long sink;
extern unsigned char other_stack[4096];

__attribute__((noinline, no_sanitize("kernel-memory"))) void regs_only(long a, long b)
{
	sink = a + b;
}

__attribute__((noinline, no_sanitize("kernel-memory"))) void seven(long a, long b, long c, long d,
								    long e, long f, long g)
{
	sink = a + b + c + d + e + f + g;
}

__attribute__((noinline, no_sanitize("kernel-memory"))) void by_value(struct big b)
{
	sink = b.a[0] + b.a[3];
}

__attribute__((noinline, no_sanitize("kernel-memory"))) void variadic(int n, ...)
{
	sink = n;
}

__attribute__((noinline, ms_abi, no_sanitize("kernel-memory"))) void msabi(long a)
{
	sink = a;
}

#define call_on_stack(func)                                                   \
	do {                                                                  \
		register void *tos asm("r11") = other_stack + sizeof(other_stack) - 8; \
		asm volatile("movq %%rsp, (%[tos])\n\t"                       \
			     "movq %[tos], %%rsp\n\t"                         \
			     "call " #func "\n\t"                             \
			     "popq %%rsp"                                     \
			     : "+r"(tos), ASM_CALL_CONSTRAINT                 \
			     : [tos] "r"(tos)                                 \
			     : "cc", "rax", "rcx", "rdx", "rsi", "rdi", "r8", \
			       "r9", "r10", "memory");                        \
	} while (0)

void on_regs(void)
{
	call_on_stack(regs_only);
}

void on_seven(void)
{
	call_on_stack(seven);
}

void on_big(void)
{
	call_on_stack(by_value);
}

void on_varargs(void)
{
	call_on_stack(variadic);
}

void on_msabi(void)
{
	call_on_stack(msabi);
}
