# The loop's back edge carries g+5 in %rbx to its top, and the first pass
# round the loop calls k with it; the code's end holds nothing (a dead
# `xor; ret` after the back edge).
.include "victim_g.inc"
	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.globl f
	.type f,@function
f:	push %rbx
	xor %ebx,%ebx
1:	test %rbx,%rbx
	je 2f
	mov %rbx,%rax
	call k
	pop %rbx
	ret
2:	lea g(%rip),%rbx
	add $5,%rbx
	jmp 1b
	xor %ebx,%ebx
	ret
	.size f,.-f
