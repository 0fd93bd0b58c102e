.include "victim_g.inc"

	.globl f
	.type f,@function
f:	lea g(%rip),%rax; add $5,%rax; xor %eax,%eax; call k
	ret
	.size f,.-f
	.type k,@function
k:	ret
	.size k,.-k
	.data
buf:	.zero 64
	.text
