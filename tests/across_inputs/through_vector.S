# computes.S's place computed through a vector register, which the reading
# of code addresses does not follow: the reading of every value does, to
# the branch (as within one object).

	.text
	.globl	through_vector
	.p2align 4
	.type	through_vector,@function
through_vector:
	subq	$0x40, %rsp
	movq	$0x4141, 0x8(%rsp)
	leaq	untouched(%rip), %rax
	movq	%rax, %xmm0
	movq	%xmm0, %rcx
	addq	$0xf, %rcx
	jmp	*%rcx
	.size	through_vector, .-through_vector
