	.text
	.globl jumper
	.type jumper,@function
jumper:
mov ptr(%rip),%rax
 add $9,%rax
 push %rax
 ret
 .data
ptr: .quad victim
 .text

	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
