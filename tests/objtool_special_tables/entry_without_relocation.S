# An __ex_table entry whose site field has no relocation (the assembler
# resolved it: both ends in the table's own section). objtool stops at it
# (`__ex_table+0x0: can't find orig reloc`) and checks nothing else, so
# spill_once's own line is never printed: rspill makes no prediction.

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
	.long	0, 0, 0
