.include "victim_g.inc"
	.ident "clang version 19.1.0"
	.section .note.GNU-stack,"",@progbits
	.text
	.data
d:	.quad 0
	.text
	.globl h
	.type h,@function
h:
	lea d(%rip),%rax
	add $5,%rax
	jmp *%rax
	.size h,.-h
