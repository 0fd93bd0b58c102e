	.text
	.globl memcpy
	.type memcpy,@function
memcpy:
	mov %rdi,%rax
	mov %rdx,%rcx
	rep movsb
	ret
	.size memcpy,.-memcpy
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
