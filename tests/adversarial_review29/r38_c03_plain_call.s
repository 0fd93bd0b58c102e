.include "victim_g.inc"
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	call *%rax
	ret
	.size f,.-f
