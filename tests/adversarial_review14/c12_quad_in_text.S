# Truth: h's middle (.Lmid) is reachable via a pointer (.quad .Lmid embedded in .text after k); k sets rbx=rsp-64 and goes there,
# so the restore at h+4 moves rsp by -64 on that path: no redundant claim allowed.
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
	jmp *tbl(%rip)
tbl:	.quad .Lmid
	.size k,.-k

