.include "victim_g.inc"
	.globl h
	.type h,@function
h:
	lea g(%rip),%rbx
	add $5,%rbx
	mov $4,%eax
	enclu
	xor %ebx,%ebx
	xor %eax,%eax
	xor %ecx,%ecx
	xor %edx,%edx
	ret
	.size h,.-h
