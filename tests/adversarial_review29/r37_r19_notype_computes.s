.include "victim_g.inc"

	.section .text.s,"ax",@progbits
	.globl stub
stub:	lea g(%rip),%rax
	add $5,%rax
	call *%rax
	ret
