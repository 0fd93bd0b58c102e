	.text
	.globl jumper
	.type jumper,@function
jumper:
	xor %ebx,%ebx
	mov ptr(%rip),%rax
	add $9,%rax
	jmp *%rax
	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
