	.text
	.globl r4_idx_pushret
	.type r4_idx_pushret,@function
r4_idx_pushret:
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
	mov $16,%ecx
	mov 0(%rsp,%rcx,8),%rax
	sub $32,%rsp
	push %rax
	ret
	.size r4_idx_pushret,.-r4_idx_pushret
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
