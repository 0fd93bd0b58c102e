.include "victim_g.inc"
	.globl h
	.type h,@function
h:
	lea g(%rip),%rdi
	add $5,%rdi
	mov $1,%eax
	int $0x80
	xor %edi,%edi
	ret
	.size h,.-h
