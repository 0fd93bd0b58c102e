.include "victim_g.inc"
	.globl h
	.type h,@function
h:
	lea g(%rip),%rcx
	add $5,%rcx
	xor %eax,%eax
	cmp %rcx,%rdi
	sete %al
	xor %ecx,%ecx
	ret
	.size h,.-h
