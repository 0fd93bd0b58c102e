# short_sym's symbol covers only its first two instructions; its code goes on
# past them into bytes no symbol covers, and objtool walks on there with
# short_sym's state. Those bytes restore %rsp from a stack slot, so objtool's
# CFA becomes undefined at .text+0x1a, and ORC generation stops there, before
# restored_late (whose own line it never prints). A function none of whose
# instructions writes %rsp but whose last may go on past its bytes is walked
# by the model when a later finding wants it: the walk runs off the end
# (not modelled), so restored_late's line is uncertain, not predicted.
#
# rspill: restored_late (spilled-rsp) uncertain: "ORC generation may stop
# earlier in the object, at short_sym"; objtool: ".text+0x1a: unknown CFA
# base reg -1".

	.text

	.globl	short_sym
	.type	short_sym,@function
short_sym:
	pushq	%rbx
	subq	$16, %rsp
	.size	short_sym, .-short_sym
	movq	%rsp, %rax			# no symbol covers these bytes
	movq	%rax, 8(%rsp)
	call	ext
	movq	8(%rsp), %rcx
	movq	%rcx, %rsp
	nop
	ud2

	.globl	restored_late
	.type	restored_late,@function
restored_late:
	pushq	%rbx
	subq	$16, %rsp
	movq	%rsp, %rax
	movq	%rax, 8(%rsp)
	call	ext
	movq	8(%rsp), %rcx
	movq	%rcx, %rsp			# restore: the value %rsp holds
	nop
	ud2
	.size	restored_late, .-restored_late
