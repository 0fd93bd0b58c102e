.include "victim_g.inc"
	.globl f
	.type f,@function
f:	lea g(%rip),%rbx
	add $5,%rbx
	jmp ext
	.size f,.-f
	.globl h
	.type h,@function
h:	call f
	jmp *%rbx
	.size h,.-h
	.globl main
	.type main,@function
main:	call h
	ret
	.size main,.-main
	.ident "clang version 19.1.7"
