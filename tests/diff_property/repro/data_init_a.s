	.text
	.globl f
	.type f,@function
f:
	movl .Lv(%rip), %eax
	ret
	.size f, .-f
	.data
	.p2align 2
.Lv:
	.long 5
