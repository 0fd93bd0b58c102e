.include "victim_g.inc"
	.globl f
	.type f,@function
f:	push %rbx
	lea g(%rip),%rbx
	add $5,%rbx
	mov %rbx,%rdi
	call ext
	xor %ebx,%ebx
	xor %edi,%edi
	pop %rbx
	ret
	.size f,.-f
