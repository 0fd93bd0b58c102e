# Blind review 41 (session 31): i04_rbp_frame_callee (open: the caller's frame written through a pointer the callee is handed)
	.text
	.p2align 8
.include "../victim_g.inc"
	.text
	.globl _start
	.type _start,@function
_start:
	push %rbp
	mov %rsp,%rbp
	sub $16,%rsp
	lea g(%rip),%rax
	mov %rax,-8(%rbp)
	mov %rbp,%rdi
	call h
	mov -8(%rbp),%rcx
	call *%rcx
	leave
	ret
	.size _start,.-_start
	.type h,@function
h:	addq $5,-8(%rdi)
	ret
	.size h,.-h
	.ident "clang version 19.1.7"
