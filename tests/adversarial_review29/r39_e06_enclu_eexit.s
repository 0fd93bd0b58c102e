.include "victim_g.inc"
	.globl h
	.type h,@function
h:
	lea g(%rip),%rbx
	add $5,%rbx
	mov $4,%eax
	enclu
	ud2
	.size h,.-h
