# f(0): %rax = g+5 reaches k (which calls through it) by a jump over a
# `ret` that clears %rax: the address order's state there is not the jump's.
.include "victim_g.inc"
	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	test %rdi,%rdi
	je 1f
	xor %eax,%eax
	ret
1:	add $5,%rax
	call k
	ret
	.size f,.-f
