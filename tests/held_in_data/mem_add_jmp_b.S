	.text
	.globl jumper
	.type jumper,@function
jumper:
add %rdi,ptr(%rip)
 jmp *ptr(%rip)
 .data
ptr: .quad victim
 .text

	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
