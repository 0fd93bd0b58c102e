.include "victim_g.inc"
	.globl f
	.type f,@function
f:	lea g(%rip),%rbx
	add $5,%rbx
	cmp %rbx,%rdi
	mov $0,%ebx
	jmp ext
	.size f,.-f
