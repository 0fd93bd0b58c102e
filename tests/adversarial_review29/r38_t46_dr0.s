.include "victim_g.inc"
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	add $5,%rax
	mov %rax,%db0
	xor %eax,%eax
	ret
	.size f,.-f
	.globl h
	.type h,@function
h:	call f
	mov %db0,%rax
	call *%rax
	ret
	.size h,.-h
	.globl main
	.type main,@function
main:	call h
	ret
	.size main,.-main
