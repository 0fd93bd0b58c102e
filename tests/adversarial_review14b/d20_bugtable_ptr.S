# Truth: a pointer to .Lmid lives in a section named __bug_table; k loads it and jumps there.
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
	.section __bug_table,"aw"
tbl:	.quad .Lmid
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.0"
