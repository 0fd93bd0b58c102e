	.text
	.globl	h
	.type	h,@function
h:
	push	%rbx
	mov	%rsp, %rbx
	lea	h(%rip), %rcx
	xor	%rdi, %rcx
	test	%rcx, %rcx
	sete	%al
	call	ext_fn
	mov	%rbx, %rsp
	pop	%rbx
	ret
	.size	h, .-h
