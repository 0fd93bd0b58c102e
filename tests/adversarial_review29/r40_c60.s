	.text
	.include "victim_g.inc"
	.globl entry
	.type entry,@function
entry:	lea g(%rip),%rax
	add $5,%rax
	hlt
	xor %eax,%eax
	xor %ecx,%ecx
	xor %edx,%edx
	xor %ebx,%ebx
	ret
	.size entry,.-entry
