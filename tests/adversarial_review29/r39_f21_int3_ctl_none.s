.include "victim_g.inc"
	.globl h
	.type h,@function
h:
	int3
	ret
	.size h,.-h
