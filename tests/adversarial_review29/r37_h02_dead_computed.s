	.text
	.globl g
	.type g,@function
g:	mov %rsp,%rbx
	jmp 1f
	push %rax
1:	mov %rbx,%rsp
	ret
	.size g,.-g

	.globl f
	.type f,@function
f:	lea g(%rip),%rax; add $5,%rax; xor %eax,%eax; call k
	ret
	.size f,.-f
	.type k,@function
k:	ret
	.size k,.-k
	.data
buf:	.zero 64
	.text
