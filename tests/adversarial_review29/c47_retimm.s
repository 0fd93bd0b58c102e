.include "pro.inc"
	.text
	.globl h
	.type h,@function
h:	push %rbp
	mov %rsp,%rbp
	sub $32,%rsp
	lea 16(%rsp),%rcx
	mov %rcx,-8(%rbp)
	lea f(%rip),%rax
	add $0xf,%rax
	push %rax
	push %rax
	ret $8
	.size h,.-h
	.globl f
	.type f,@function
f:	PRO
	RESTORE
	EPI
	.size f,.-f
