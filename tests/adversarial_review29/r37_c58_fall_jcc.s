.include "victim_g.inc"

	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	add $5,%rax
	test %rdi,%rdi
	jne ext
	.size f,.-f
	.type h,@function
h:	call *%rax
	ret
	.size h,.-h
