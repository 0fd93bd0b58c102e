# Truth: k materialises h's middle as the displacement of "lea .Lmid(%rdi),%rax" (rdi=0) and jumps there
# with rbx=rsp-64 -> restore at h+4 not a no-op.
	.text
	.globl h
	.type h,@function
h:
	mov %rsp,%rbx
.Lmid:
	nop
	mov %rbx,%rsp
	ret
	.size h,.-h
	.globl k
	.type k,@function
k:
	lea -64(%rsp),%rbx
	xor %edi,%edi
	lea .Lmid(%rdi),%rax
	jmp *%rax
	.size k,.-k
