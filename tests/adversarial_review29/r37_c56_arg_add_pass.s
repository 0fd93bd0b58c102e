.include "victim_g.inc"

	.type k,@function
k:	call *%rdi
	ret
	.size k,.-k
	.type h,@function
h:	add $5,%rdi
	call k
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	lea g(%rip),%rdi
	call h
	ret
	.size f,.-f
