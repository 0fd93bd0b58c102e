.include "victim_g.inc"
	.section .text.h,"ax",@progbits
	.globl h
	.type h,@function
h:
	.byte 0xe9
	.long -10

	.size h,.-h
