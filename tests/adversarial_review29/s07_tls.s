.include "pro.inc"
	.text
	.globl f
	.type f,@function
f:	PRO
	.globl mid
	.type mid,@gnu_indirect_function
mid:
	RESTORE
	EPI
	.size f,.-f
