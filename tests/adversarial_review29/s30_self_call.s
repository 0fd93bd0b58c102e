.include "victim_g.inc"
	.globl	f
	.type	f,@function
f:
	test	%rdi, %rdi
	je	2f
	call	*%rax
	ret
2:	lea	g(%rip), %rax
	add	$5, %rax
	mov	$1, %edi
	call	f
	ret
	.size	f, .-f
