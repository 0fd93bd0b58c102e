# Truth: h claims-candidate "lea 8(%rax),%rsp" with rax = copy of rsp (delta +8 from h's entry).
# A relative jump table in .text (.long .Lmid - tbl, no relocation) lets k enter at .Lmid with rax=rsp-64
# -> delta -56 on that path, so "rsp_delta: 8" would be false.
	.text
	.globl h
	.type h,@function
h:
	mov %rsp,%rax
.Lmid:
	lea 8(%rax),%rsp
	sub $8,%rsp
	ret
	.size h,.-h
	.globl k
	.type k,@function
k:
	lea -64(%rsp),%rax
	lea tbl(%rip),%rcx
	movslq (%rcx),%rdx
	add %rdx,%rcx
	jmp *%rcx
	.size k,.-k
	.p2align 2
tbl:	.long .Lmid - tbl
