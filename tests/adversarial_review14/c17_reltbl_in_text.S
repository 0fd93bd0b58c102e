# Truth: a clang-style relative jump table (.long .Lmid - tbl) placed in .text: the assembler
# resolves it (no relocation). k dispatches through it into h's middle with rbx=rsp-64.
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
	lea tbl(%rip),%rax
	movslq (%rax),%rcx
	add %rcx,%rax
	jmp *%rax
	.size k,.-k
	.p2align 2
tbl:	.long .Lmid - tbl
