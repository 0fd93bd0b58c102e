	.text
	.globl jumper
	.type jumper,@function
jumper:
lea victim@PLT(%rip),%rax
 add %rdi,%rax
 jmp *%rax

	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
