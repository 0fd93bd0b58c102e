	.text
	.globl g
	.type g,@function
g:	mov %rsp,%rbx
	jmp 1f
	push %rax
1:	mov %rbx,%rsp
	ret
	.size g,.-g

	.section .text.s,"ax",@progbits
	.globl stub
stub:	lea g(%rip),%rax
	add $5,%rax
	call *%rax
	ret
