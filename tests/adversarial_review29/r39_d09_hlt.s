.include "victim_g.inc"
	.globl h
	.type h,@function
h:
	lea g(%rip),%rax
	add $5,%rax
	hlt
	xor %eax,%eax
	ret
	.size h,.-h
