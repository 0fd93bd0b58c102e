.include "victim_g.inc"
	.globl	k
	.type	k,@function
k:
	call	*%rax
	ret
	.size	k, .-k
	.globl	f
	.type	f,@function
f:
	lea	g(%rip), %rax
	add	$5, %rax
	call	k
	ret
	.size	f, .-f
