	.text
	.globl g
	.type g,@function
g:	mov %rsp,%rbx
	dec %rdi
	jne g
	jmp 1f
	push %rax
1:	mov %rbx,%rsp
	ret
	.size g,.-g
