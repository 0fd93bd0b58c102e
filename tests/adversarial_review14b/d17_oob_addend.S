# Truth: .rodata pointer = R_X86_64_64 against section symbol of .text.k (k's own section) with addend -5.
# In the link .text.k follows .text directly (h is 8 bytes, .text.k 1-aligned), so the pointer is h+3 (.Lmid).
# compiled-object .comment; k jumps through the pointer with rbx=rsp-64.
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
	.section .text.k,"ax",@progbits
	.p2align 0
	.globl k
	.type k,@function
k:
	lea -64(%rsp),%rbx
	mov tbl(%rip),%rax
	jmp *%rax
	.size k,.-k
	.section .rodata,"a"
tbl:	.reloc ., R_X86_64_64, .text.k-5
	.quad 0
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.0"
