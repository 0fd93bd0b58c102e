# c_through_arg and its callee, apart from callees.S (their truth is in
# README.md): c_through_arg copies %rsp into %rbx, hands k_through_arg a
# pointer to where k_through_arg will save %rbx, and restores %rsp from the
# copy. A pointer below %rsp handed to a callee makes the object entered
# anywhere since session 44, which would hide the other callees' reasons.
# Built with: clang-19 -c through_arg.S -o through_arg.o

	.text

	.type	k_through_arg,@function
k_through_arg:			# keeps the convention unless %rdi points at its own frame
	push	%rbx
	mov	$7, %ebx
	movq	$0x4141, (%rdi)
	pop	%rbx
	ret
	.size	k_through_arg, .-k_through_arg

	.globl	c_through_arg
	.type	c_through_arg,@function
c_through_arg:			# hands k_through_arg a pointer to where its saved %rbx will be
	push	%rbx
	mov	%rsp, %rbx
	lea	-16(%rsp), %rdi
	call	k_through_arg
	mov	%rbx, %rsp
	pop	%rbx
	ret
	.size	c_through_arg, .-c_through_arg

	.section	.note.GNU-stack,"",@progbits
