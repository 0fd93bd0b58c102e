# Code that computes places in defines.S's code from the address of one of
# its functions: no relocation names the place it reaches.

	.text

	# untouched+0xf, reached with the slot holding 0x4141 (see defines.S).
	.globl	computed_jump
	.p2align 4
	.type	computed_jump,@function
computed_jump:
	subq	$0x40, %rsp
	movq	$0x4141, 0x8(%rsp)
	leaq	untouched(%rip), %rax
	addq	$0xf, %rax
	jmp	*%rax
	.size	computed_jump, .-computed_jump
