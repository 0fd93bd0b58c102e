.include "victim_g.inc"
	.globl f
	.type f,@function
f:	push %r12
	lea g(%rip),%rax
	add $5,%rax
	pop %r12
	mov %rax,%r12
	xor %eax,%eax
	jmp ext
	.size f,.-f
	.globl h
	.type h,@function
h:	push %r12
	call f
	call *%r12
	pop %r12
	ret
	.size h,.-h
	.globl main
	.type main,@function
main:	call h
	ret
	.size main,.-main
