	.text
	.globl victim
	.type victim,@function
victim:
	push %rbp
	mov %rsp,%rbx
	call ext
	mov %rbx,%rsp
	pop %rbp
	ret
	.size victim,.-victim
	.globl drv
	.type drv,@function
drv:
	sub $64,%rsp
	call victim
	add $64,%rsp
	call jumper
	ret
	.size drv,.-drv
	.globl jumper
	.type jumper,@function
jumper:
	xor %ebx,%ebx
	sub $64,%rsp
	mov %rsp,%rdi
	call lrd
	add $64,%rsp
	ret
lrd:
	mov -16(%rdi),%rax
	jmp *%rax

	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
