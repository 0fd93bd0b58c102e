# Callers that copy %rsp into %rbx (callee-saved), call a function of this
# object, and restore %rsp from the copy. Whether the restore is a no-op
# depends on the callee keeping the calling convention; the local callees
# below break it in the ways a hand-written function can. Truth per case is
# in README.md. Built with: clang-19 -c callees.S -o callees.o

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


	.globl	panic
	.type	panic,@function
panic:				# objtool's list says it never returns; this one does
	ret
	.size	panic, .-panic

	.globl	__x86_indirect_thunk_rax
	.type	__x86_indirect_thunk_rax,@function
__x86_indirect_thunk_rax:	# named like a retpoline thunk, defined here
	ret	$8
	.size	__x86_indirect_thunk_rax, .-__x86_indirect_thunk_rax

k_unsymbolled:			# no function symbol: a plain label's code
	ret	$8

	.globl	k_ifunc
	.type	k_ifunc,@gnu_indirect_function
k_ifunc:			# an IFUNC: the call runs what this resolver returns
	lea	k_ret8(%rip), %rax
	ret
	.size	k_ifunc, .-k_ifunc

# --- callees that keep it ---------------------------------------------------

	.type	k_leaf,@function
k_leaf:				# saves and restores %rbx, touches only its frame
	push	%rbx
	mov	$1, %ebx
	pop	%rbx
	ret
	.size	k_leaf, .-k_leaf

	.type	k_store_after_call,@function
k_store_after_call:		# compiled-C shape: strictly, the store after the
	push	%rbx		# call may hit the saved %rbx; in bounds, it does not
	mov	%rdi, %rbx
	call	external_function
	mov	%eax, (%rbx)
	pop	%rbx
	ret
	.size	k_store_after_call, .-k_store_after_call

# --- callers -----------------------------------------------------------------

	.macro	caller name, callee
	.globl	\name
	.type	\name,@function
\name:
	push	%rbx
	mov	%rsp, %rbx
	call	\callee
	mov	%rbx, %rsp
	pop	%rbx
	ret
	.size	\name, .-\name
	.endm

	caller	c_ret8, k_ret8
	caller	c_rbx_lea, k_rbx_lea
	caller	c_outer, k_outer
	caller	c_tail, k_tail
	caller	c_leaf, k_leaf
	caller	c_thunk_name, __x86_indirect_thunk_rax
	caller	c_unsymbolled, k_unsymbolled
	caller	c_ifunc, k_ifunc
	caller	c_store_after_call, k_store_after_call

	.globl	c_through_rbx
	.type	c_through_rbx,@function
c_through_rbx:			# the copy spilled at 8(%rsp), %rbx pointing there
	push	%rbx
	sub	$16, %rsp
	mov	%rsp, %rax
	mov	%rax, 8(%rsp)
	lea	8(%rsp), %rbx
	call	k_through_rbx
	mov	8(%rsp), %rsp
	add	$16, %rsp
	pop	%rbx
	ret
	.size	c_through_rbx, .-c_through_rbx

	.globl	c_above
	.type	c_above,@function
c_above:			# the copy spilled at 8(%rsp)
	push	%rbx
	sub	$16, %rsp
	mov	%rsp, %rax
	mov	%rax, 8(%rsp)
	call	k_above
	mov	8(%rsp), %rsp
	add	$16, %rsp
	pop	%rbx
	ret
	.size	c_above, .-c_above

	.globl	c_noreturn
	.type	c_noreturn,@function
c_noreturn:			# the restore is reached only if panic returns
	push	%rbx
	mov	%rsp, %rbx
	test	%rdi, %rdi
	jz	1f
	push	%rax
	call	panic
1:	mov	%rbx, %rsp
	pop	%rbx
	ret
	.size	c_noreturn, .-c_noreturn


	.section	.note.GNU-stack,"",@progbits
