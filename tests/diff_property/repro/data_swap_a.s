	.text
	.globl f
	.type f,@function
f:
	movq .Lv2(%rip), %rax
	ret
	.size f, .-f
	.globl g
	.type g,@function
g:
	movq %rdi, .Lv1(%rip)
	ret
	.size g, .-g
	.data
	.p2align 3
.Lv1:	.quad 877
.Lv2:	.quad 172
