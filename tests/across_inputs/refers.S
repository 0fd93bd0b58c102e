# Code that enters defines.S's functions in their middle, by name plus an
# addend: the relocations are against symbols this object leaves undefined.

	.text

	.globl	enter_the_middle
	.p2align 4
	.type	enter_the_middle,@function
enter_the_middle:
	subq	$0x40, %rsp
	movq	$0x4141, 0x8(%rsp)
	jmp	jumped_into+0xf	# reloads 0x4141, writes it to %rsp
	.size	enter_the_middle, .-enter_the_middle

	.globl	through_a_pointer
	.p2align 4
	.type	through_a_pointer,@function
through_a_pointer:
	subq	$0x40, %rsp
	movq	$0x4141, 0x8(%rsp)
	jmp	*middle(%rip)		# the same, through .data
	.size	through_a_pointer, .-through_a_pointer

	.globl	by_another_name
	.p2align 4
	.type	by_another_name,@function
by_another_name:
	subq	$0x40, %rsp
	movq	$0x4141, 0x8(%rsp)
	jmp	at_start+0xf		# labelled+0xf
	.size	by_another_name, .-by_another_name

	.data
	.p2align 3
middle:
	.quad	pointed_into+0xf
