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
	mov %rax,-16(%rbp)
	call *-16(%rbp)
	leave
	jmp __x86_return_thunk
	.size h,.-h
	.globl f
	.type f,@function
f:	PRO
	RESTORE
	EPI
	.size f,.-f
