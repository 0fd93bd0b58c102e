	.text
	.globl f
	.type f,@function
f:
	andl $3, %ecx
	movq .LP(,%rcx,8), %rax
	call *%rax
	ret
	.size f, .-f
	.globl g
	.type g,@function
g:
	movq .LP+8(%rip), %rax
	call *%rax
	ret
	.size g, .-g
	.section .rodata,"a",@progbits
	.p2align 3
.LP:
	.quad printk, schedule, kfree, might_fault
