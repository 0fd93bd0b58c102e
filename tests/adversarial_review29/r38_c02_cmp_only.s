.include "victim_g.inc"
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	add $5,%rax
	cmp %rax,%rdi
	setz %cl
	movzbl %cl,%eax
	xor %ecx,%ecx
	ret
	.size f,.-f
