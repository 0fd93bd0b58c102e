	.text
	.p2align 4
	.type g,@function
g:	mov %rsp,%rbx
	jmp 1f
	push %rax
1:	mov %rbx,%rsp
	ret
	.size g,.-g
	.globl main
	.type main,@function
main:	lea -0x11(%rip),%rax
	jmp *%rax
	.size main,.-main
	.ident "clang version 19.1.7"
