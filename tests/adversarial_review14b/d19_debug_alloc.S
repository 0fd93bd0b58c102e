# Truth: an ALLOCATED section named .debug_ptrs (flags "a") holds .quad .Lmid; k jumps through it.
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
	mov tbl(%rip),%rax
	jmp *%rax
	.size k,.-k
	.section .debug_ptrs,"a"
tbl:	.quad .Lmid
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.0"
