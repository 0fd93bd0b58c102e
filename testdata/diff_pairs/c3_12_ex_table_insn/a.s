# Pair c3_12_ex_table_insn (a.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c3_12_ex_table_insn/a.o
#
# Truth (per function):
#   f: changed -- exception table covers a different instruction
#
# __ex_table entry (s32 insn, s32 fixup, s32 data; insn/fixup PC-relative):
# if the instruction at "insn" faults, the kernel resumes at "fixup"
# according to the type in "data" (1 = EX_TYPE_DEFAULT, 3 = EX_TYPE_EFAULT_REG
# which also writes -EFAULT to a register).
#
# A covers the load at 1: (from %rdi), B covers the load at 2: (from %rsi).
# A fault in the other load oopses instead of taking the fixup.

	.text
	.globl	f
	.type	f,@function
f:
1:
	movl	(%rdi), %eax
2:
	addl	(%rsi), %eax
	ret
3:
	movl	$-14, %eax
	ret
4:
	movl	$-22, %eax
	ret
	.size	f, .-f

	.pushsection __ex_table,"a"
	.balign	4
	.long	1b - .
	.long	3b - .
	.long	1
	.popsection
