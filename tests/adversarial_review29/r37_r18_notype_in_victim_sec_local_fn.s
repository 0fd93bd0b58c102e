.include "victim_g.inc"

	.section .text.s,"ax",@progbits
	.globl lbl
lbl:	jmp *%rax
	.section .text.f,"ax",@progbits
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	add $5,%rax
	call lbl
	ret
	.size f,.-f
