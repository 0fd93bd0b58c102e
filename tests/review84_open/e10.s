	.text
	.globl jumper
	.type jumper,@function
jumper:
	xor %ebx,%ebx
	lea victim@PLT(%rip),%rax
	mov %rax,slot(%rip)
	addq $9,slot(%rip)
	jmp *slot(%rip)
	.data
slot: .quad 0
	.text
	.size jumper,.-jumper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
