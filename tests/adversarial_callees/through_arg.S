# c_through_arg and its callee, apart from callees.S: handing a pointer
# below %rsp (into the callee's frame) makes the object entered anywhere
# since session 44, which would hide the other callees' reasons.
# Callers that copy %rsp into %rbx (callee-saved), call a function of this
# object, and restore %rsp from the copy. Whether the restore is a no-op
# depends on the callee keeping the calling convention; the local callees
# below break it in the ways a hand-written function can. Truth per case is
# in README.md. Built with: clang-19 -c through_arg.S -o through_arg.o

	.text

# --- callees that break the convention --------------------------------------

	.type	k_ret8,@function
k_ret8:				# returns with %rsp 8 higher
	ret	$8
	.size	k_ret8, .-k_ret8

	.type	k_rbx_lea,@function
k_rbx_lea:			# %rbx = entry %rsp - 64
	lea	-64(%rsp), %rbx
	ret
	.size	k_rbx_lea, .-k_rbx_lea

	.type	k_inner_zero,@function
k_inner_zero:
	xor	%ebx, %ebx
	ret
	.size	k_inner_zero, .-k_inner_zero

	.type	k_outer,@function
k_outer:			# breaks it one call down
	call	k_inner_zero
	ret
	.size	k_outer, .-k_outer

	.type	k_tail_target,@function
k_tail_target:
	inc	%rbx
	ret
	.size	k_tail_target, .-k_tail_target

	.type	k_tail,@function
k_tail:				# breaks it after a tail call
	jmp	k_tail_target
	.size	k_tail, .-k_tail

	.type	k_through_rbx,@function
k_through_rbx:			# writes through the caller's %rbx
	movq	$0x4141, (%rbx)
	ret
	.size	k_through_rbx, .-k_through_rbx

	.type	k_above,@function
k_above:			# writes the caller's frame above its return address
	movq	$0x4141, 16(%rsp)
	ret
	.size	k_above, .-k_above


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
