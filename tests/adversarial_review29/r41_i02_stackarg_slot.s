# Blind review 41 (session 31): i02_stackarg_slot.s
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
	call *%rcx
	ret
	.size _start,.-_start
	.type h,@function
h:	mov 8(%rsp),%rax
	add $5,%rax
	mov %rax,8(%rsp)
	ret
	.size h,.-h
	.ident "clang version 19.1.7"
