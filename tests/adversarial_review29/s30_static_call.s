.include "victim_g.inc"
	.type	k,@function
k:
	call	*%rdi
	ret
	.size	k, .-k
	.globl	f
	.type	f,@function
f:
	lea	g(%rip), %rdi
	add	$5, %rdi
	call	k
	ret
	.size	f, .-f
