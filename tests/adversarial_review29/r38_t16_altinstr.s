.include "victim_g.inc"
	.globl main
	.type main,@function
main:	call rep
	ret
	.size main,.-main
	.section .altinstr_replacement,"ax"
rep:	lea g(%rip),%rax
	add $5,%rax
	jmp *%rax
