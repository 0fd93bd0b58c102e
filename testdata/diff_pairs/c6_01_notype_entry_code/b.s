# Pair c6_01_notype_entry_code (b.s); class 6-code-outside-stt-func
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c6_01_notype_entry_code/b.o
#
# Truth (per function):
#   entry_a: changed -- notype entry code: %gs:0x18 vs %gs:0x20
#   entry_b: identical -- notype entry code unchanged
#
# SYM_CODE_START/SYM_CODE_END-style entry points: global symbols with
# .type @notype and a size (not STT_FUNC). entry_a differs (stores the user
# stack pointer at %gs:0x18 in A and %gs:0x20 in B); entry_b is identical.

	.text
	.globl	entry_a
	.type	entry_a,@notype
entry_a:
	swapgs
	movq	%rsp, %gs:0x20
	movq	%gs:0x10, %rsp
	pushq	%rax
	call	do_entry
	popq	%rax
	swapgs
	sysretq
	.size	entry_a, .-entry_a

	.globl	entry_b
	.type	entry_b,@notype
entry_b:
	pushq	%rdi
	call	do_other
	popq	%rdi
	iretq
	.size	entry_b, .-entry_b
