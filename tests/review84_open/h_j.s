	.text
	.globl jumper
	.type jumper,@function
jumper:
	xor %ebx,%ebx
	sub $16,%rsp
	ret
	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
