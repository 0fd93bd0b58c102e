	.text
	.globl r4_memcpy_ret
	.type r4_memcpy_ret,@function
r4_memcpy_ret:
	push %rbx
	mov %rsp,%rbx
	call g_ext
	sub $136,%rsp
	test %edi,%edi
	je 2f
	mov %rbx,%rsp
	pop %rbx
	ret
2:
	mov $1,%edi
	lea 128(%rsp),%rsi
	lea 8(%rsp),%rdi
	mov $8,%edx
	call memcpy
	mov 8(%rsp),%rax
	sub $32,%rsp
	push %rax
	ret
	.size r4_memcpy_ret,.-r4_memcpy_ret
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
