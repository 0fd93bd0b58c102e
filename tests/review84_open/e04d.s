	.data
	.globl ptr
ptr: .quad victim
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
