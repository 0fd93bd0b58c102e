.include "victim_g.inc"

	.type h,@function
h:	lea g(%rip),%rbx
	add $5,%rbx
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	push %rbx
	call h
	call *%rbx
	pop %rbx
	ret
	.size f,.-f
