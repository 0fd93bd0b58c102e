.include "victim_g.inc"

	.globl lbl
lbl:	call *%rax
	ret
	.section .text.f,"ax",@progbits
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	add $5,%rax
	call lbl
	ret
	.size f,.-f
