# Blind review 41 (session 31): c02_callee.s
	.text
	.p2align 8
.include "victim_g.inc"
	.text
	.globl _start
	.type _start,@function
_start:
	sub $8,%rsp
	lea g(%rip),%rax
	mov %rax,(%rsp)
	call h
	mov (%rsp),%rcx
	call *%rcx
	add $8,%rsp
	ret
	.type h,@function
h:
	addq $5,8(%rsp)
	ret
	.ident "clang version 19.1.7"
