# An __ex_table of 8 bytes, no whole number of 12-byte entries: objtool
# stops there (`__ex_table size not a multiple of 12`) and checks no more,
# so spill_once's own line is never printed: rspill makes no prediction.

	.text
	.globl	spill_once
	.type	spill_once,@function
spill_once:
	subq	$16, %rsp
	movq	%rsp, %rax
	movq	%rax, 8(%rsp)
	nop
	movq	8(%rsp), %rcx
	movq	%rcx, %rsp			# restore
	addq	$16, %rsp
	ret					# 'naked' return in a RETHUNK build
	.size	spill_once, .-spill_once

	.section __ex_table, "a"
	.balign	4
	.long	spill_once - .
	.long	spill_once + 4 - .
