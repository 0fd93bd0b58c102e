.include "victim_g.inc"

	.type h,@function
h:	lea g(%rip),%rdx
	add $5,%rdx
	xor %eax,%eax
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	call h
	call *%rdx
	ret
	.size f,.-f
