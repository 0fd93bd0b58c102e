# objtool generates ORC per object and stops at the object's first
# instruction (section order, then address) whose CFA is undefined.
# Each function below loses the CFA at `mov %rdi,%rsp` (a register objtool knows nothing of) and ends in ud2
# (BUG()) with no stack operation after, so the walk stays quiet; only the
# first, orc_first, gets "unknown CFA base reg -1" (at its ud2); orc_second
# and orc_other_section are never reached by ORC generation.
#
# expect: orc_first kind=rsp-switch redundant=no delta=unknown objtool_fail=yes
# expect: orc_second kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: orc_other_section kind=rsp-switch redundant=no delta=unknown objtool_fail=no

	.text

	.globl	orc_first
	.p2align 4
	.type	orc_first,@function
orc_first:
	pushq	%rbx
	movq	%rdi, %rsp			# restore: unknown value
	ud2
	.size	orc_first, .-orc_first

	.globl	orc_second
	.p2align 4
	.type	orc_second,@function
orc_second:
	pushq	%rbx
	movq	%rsi, %rsp			# restore: unknown value
	ud2
	.size	orc_second, .-orc_second

	.section .text.other,"ax",@progbits
	.globl	orc_other_section
	.p2align 4
	.type	orc_other_section,@function
orc_other_section:
	pushq	%rbp
	movq	%rdx, %rsp			# restore: unknown value
	ud2
	.size	orc_other_section, .-orc_other_section
