.include "pro.inc"
	.text
	.globl h
	.type h,@function
h:	push %rbp
	mov %rsp,%rbp
	sub $32,%rsp
	lea 16(%rsp),%rcx
	mov %rcx,-8(%rbp)
	movq f@GOTPCREL(%rip),%rax
	add $0xf,%rax
	call *%rax
	leave
	jmp __x86_return_thunk
	.size h,.-h
	.section .text.f,"ax",@progbits
	.globl f
	.type f,@function
f:	PRO
.Lmid:	RESTORE
	EPI
	.size f,.-f
