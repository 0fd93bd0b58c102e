.include "pro.inc"
	.text
	.globl f
	.type f,@function
f:	PRO
	RESTORE
	EPI
	.size f,.-f
	.globl mid
	.set mid, f+0xf
