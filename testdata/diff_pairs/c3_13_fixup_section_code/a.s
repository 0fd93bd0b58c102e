# Pair c3_13_fixup_section_code (a.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c3_13_fixup_section_code/a.o
#
# Truth (per function):
#   f: changed -- symbol-less .fixup code returns -14 vs -22
#
# __ex_table entry (s32 insn, s32 fixup, s32 data; insn/fixup PC-relative):
# if the instruction at "insn" faults, the kernel resumes at "fixup"
# according to the type in "data" (1 = EX_TYPE_DEFAULT, 3 = EX_TYPE_EFAULT_REG
# which also writes -EFAULT to a register).
#
# Old-style fixup: the fixup code lives in .fixup with only a numeric local
# label (no symbol) and jumps back into f. It loads -14 in A and -22 in B.
# (Also class 6: code outside any STT_FUNC.)

	.text
	.globl	f
	.type	f,@function
f:
1:
	movl	(%rdi), %eax
2:
	ret
	.size	f, .-f

	.pushsection .fixup,"ax"
3:
	movl	$-14, %eax
	jmp	2b
	.popsection

	.pushsection __ex_table,"a"
	.balign	4
	.long	1b - .
	.long	3b - .
	.long	1
	.popsection
