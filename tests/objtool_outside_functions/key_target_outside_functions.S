# A static key patches the NOP in keyed into a jump to code outside every
# function symbol (objtool follows `__jump_table` entries). That code loses
# the CFA, so ORC generation stops there (.text+0xf), before switch_late.
# The model walks functions only: switch_late's line is uncertain.

	.text

	.globl	keyed
	.type	keyed,@function
keyed:
	pushq	%rbx
.Lsite:
	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00	# 5-byte NOP, a jump when the key flips
	popq	%rbx
	jmp	__x86_return_thunk
	.size	keyed, .-keyed

	.pushsection __jump_table, "aw"
	.balign	8
	.long	.Lsite - .
	.long	.Ltarget - .
	.quad	some_key - .
	.popsection

.Ltarget:					# no symbol covers this code
	movq	%rsi, %rsp
	nop
	ud2

	.globl	switch_late
	.type	switch_late,@function
switch_late:
	pushq	%rbx
	movq	%rdx, %rsp			# restore: unknown value
	ud2
	.size	switch_late, .-switch_late
