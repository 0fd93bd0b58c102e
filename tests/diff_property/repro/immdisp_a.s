	.text
	.globl f
	.type f,@function
f:
	andl $3, %ecx
	movl .LT(,%rcx,4), %eax
	ret
	.size f, .-f
	.globl g
	.type g,@function
g:
	cmpl $100000, .LC(%rip)
	ret
	.size g, .-g
	.section .rodata,"a",@progbits
	.p2align 4
.LT:
	.long 10, 11, 12, 13
.LC:
	.long 7
