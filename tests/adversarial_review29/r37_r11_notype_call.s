	.text
	.globl g
	.type g,@function
g:	mov %rsp,%rbx
	jmp 1f
	push %rax
1:	mov %rbx,%rsp
	ret
	.size g,.-g

	.globl lbl
lbl:	call *%rax
	ret
	.section .text.f,"ax",@progbits
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	add $5,%rax
	call lbl
	ret
	.size f,.-f
