	.text
	.globl jumper
	.type jumper,@function
jumper:
mov ptr(%rip),%rax
 lea 9(%rax),%rax
 jmp *%rax
 .data
ptr: .quad victim
 .text

	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
