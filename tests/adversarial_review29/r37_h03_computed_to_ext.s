.include "victim_g.inc"

	.globl f
	.type f,@function
f:	lea g(%rip),%rdi; add $5,%rdi; call ext
	ret
	.size f,.-f
	.type k,@function
k:	ret
	.size k,.-k
	.data
buf:	.zero 64
	.text
