# Truth: linked at kernel addresses; .rodata holds ".long .Lmid" as a sign-extended 32-bit pointer
# (R_X86_64_32S); k loads it with movslq and jumps to h's middle with rbx=rsp-64.
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
	movslq tbl(%rip),%rax
	jmp *%rax
	.size k,.-k
	.section .rodata,"a"
tbl:	.reloc ., R_X86_64_32S, .Lmid
	.long 0
