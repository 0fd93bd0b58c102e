	.text
	.globl f
	.type f,@function
f:
	movl .LC(%rip), %eax
	ret
	.size f, .-f
	.globl g
	.type g,@function
g:
	movzbl .LC+2(%rip), %eax
	ret
	.size g, .-g
	.section .rodata,"a",@progbits
	.p2align 4
.LC:
	.byte 1, 2, 3, 4
