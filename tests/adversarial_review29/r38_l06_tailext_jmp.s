	.text
	.p2align 4
	.type g,@function
g:	mov %rsp,%rbx
	jmp 1f
	push %rax
1:	mov %rbx,%rsp
	ret
	.size g,.-g
	.globl f
	.type f,@function
f:	lea g(%rip),%rbx
	add $5,%rbx
	jmp ext
	.size f,.-f
	.globl main
	.type main,@function
main:	call f
	jmp *%rbx
	.size main,.-main
	.ident "clang version 19.1.7"
