.include "victim_g.inc"
	.ident "clang version 19.1.0"
	.section .note.GNU-stack,"",@progbits
	.text
	.globl h
	.type h,@function
h:
	lea g(%rip),%rax
	jmp aux1
2:	jmp *%rax
	.size h,.-h

	.section .altinstr_aux,"ax"
aux1:	add $5,%rax
	jmp 2b
	.text
