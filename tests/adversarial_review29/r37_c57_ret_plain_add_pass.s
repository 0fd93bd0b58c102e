.include "victim_g.inc"

	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.type h,@function
h:	lea g(%rip),%rax
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	call h
	add $5,%rax
	call k
	ret
	.size f,.-f
