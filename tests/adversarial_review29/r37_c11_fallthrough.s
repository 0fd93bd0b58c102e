.include "victim_g.inc"

	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	add $5,%rax
	.size f,.-f
	.globl h
	.type h,@function
h:	call *%rax
	ret
	.size h,.-h
