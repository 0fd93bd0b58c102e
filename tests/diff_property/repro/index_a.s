	.text
	.globl f
	.type f,@function
f:
	andl $7, %ecx
	movl .LT(,%rcx,4), %eax
	ret
	.size f, .-f
	.globl g
	.type g,@function
g:
	movl .LT+8(%rip), %eax
	ret
	.size g, .-g
	.section .rodata,"a",@progbits
	.p2align 4
.LT:
	.long 10, 11, 12, 13, 14, 15, 16, 17
