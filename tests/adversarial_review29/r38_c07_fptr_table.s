.include "victim_g.inc"
	.globl f
	.type f,@function
f:	mov %edi,%eax
	call *tbl(,%rax,8)
	ret
	.size f,.-f
	.section .rodata
tbl:	.quad g
	.quad ext
