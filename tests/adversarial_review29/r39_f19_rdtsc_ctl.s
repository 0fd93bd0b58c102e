.include "victim_g.inc"
	.globl h
	.type h,@function
h:
	lea g(%rip),%rax
	add $5,%rax
	rdtsc
	ret
	.size h,.-h
