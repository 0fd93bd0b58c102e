.include "victim_g.inc"

	.type h,@function
h:	lea g(%rip),%rax
	add $5,%rax
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	call h
	call *%rax
	ret
	.size f,.-f
