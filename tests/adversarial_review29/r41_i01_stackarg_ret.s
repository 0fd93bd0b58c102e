# Blind review 41 (session 31): i01_stackarg_ret.s
	.text
	.p2align 8
.include "victim_g.inc"
	.text
	.globl _start
	.type _start,@function
_start:
	lea g(%rip),%rax
	push %rax
	call h
	pop %rcx
	call *%rax
	ret
	.size _start,.-_start
	.type h,@function
h:	mov 8(%rsp),%rax
	add $5,%rax
	ret
	.size h,.-h
	.ident "clang version 19.1.7"
