.include "victim_g.inc"
	.globl h
	.type h,@function
h:
	lea g(%rip),%rbx
	jmp aux1
2:	push %rbx
	ret
	.size h,.-h

	.section .altinstr_aux,"ax"
aux1:	add $5,%rbx
	jmp 2b
	.text
