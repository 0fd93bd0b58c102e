.include "victim_g.inc"

	.globl f
	.type f,@function
f:	call h
	call *%rax
	ret
	.size f,.-f
