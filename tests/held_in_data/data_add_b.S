	.text
	.globl jumper
	.type jumper,@function
jumper:
mov ptr(%rip),%rax
 add %rdi,%rax
 jmp *%rax
 .data
ptr: .quad victim
 .text

	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
