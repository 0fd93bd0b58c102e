# Truth: compiled-looking object (.comment clang); .rodata holds ".quad .Lmid" (h+3). After rela2rel.py the
# relocation is SHT_REL with the addend 3 stored in place (.rel.rodata, R_X86_64_64 against .text section symbol).
# k loads the pointer and jumps there with rbx=rsp-64.
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
	.section .rodata,"a"
tbl:	.quad .Lmid
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.0"
