# Pair c3_10_ex_table_fixup (b.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c3_10_ex_table_fixup/b.o
#
# Truth (per function):
#   f: changed -- exception fixup target 3b vs 4b
#
# __ex_table entry (s32 insn, s32 fixup, s32 data; insn/fixup PC-relative):
# if the instruction at "insn" faults, the kernel resumes at "fixup"
# according to the type in "data" (1 = EX_TYPE_DEFAULT, 3 = EX_TYPE_EFAULT_REG
# which also writes -EFAULT to a register).
#
# A: fixup -> 3: (returns -14). B: fixup -> 4: (returns -22). f's code identical.

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
	.long	4b - .
	.long	1
	.popsection
