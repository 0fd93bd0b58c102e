	.text
	.globl	other
	.type	other,@function
other:
	ret
	.size	other, .-other

	.globl	h
	.type	h,@function
h:
	push	%rbx
	mov	%rsp, %rbx
	test	%rdi, %rdi
	jne	1f
	mov	%rbx, %rsp
	pop	%rbx
	add	$8, %rsi
	jmp	other
1:	mov	%rbx, %rsp
	pop	%rbx
	call	*%rsi
	ret
	.size	h, .-h
