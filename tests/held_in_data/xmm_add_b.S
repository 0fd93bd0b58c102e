	.text
	.globl jumper
	.type jumper,@function
jumper:
movq ptr(%rip),%xmm0
 movq %rdi,%xmm1
 paddq %xmm1,%xmm0
 movq %xmm0,%rax
 jmp *%rax
 .data
ptr: .quad victim
 .text

	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
