# An indirect call in a function that copies %rsp and restores it after
# the call. In this object no function's address is taken: on its own, the
# call is read as one to a function that keeps the calling convention
# (rspill's assumption for code it cannot see). ret8 breaks it (`ret $8`
# leaves %rsp 8 higher); pointer.S takes its address.

	.text

	.globl	ret8
	.p2align 4
	.type	ret8,@function
ret8:
	ret	$8
	.size	ret8, .-ret8

	.globl	calls_through
	.p2align 4
	.type	calls_through,@function
calls_through:
	pushq	%rbx
	movq	%rsp, %rbx
	movq	callback(%rip), %rax
	call	*%rax
	movq	%rbx, %rsp
	popq	%rbx
	ret
	.size	calls_through, .-calls_through
