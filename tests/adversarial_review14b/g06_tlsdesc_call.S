# Truth: an R_X86_64_TLSDESC_CALL marker on "push %rsp" (54) of the copy "push %rsp; pop %rbx" (54 5b).
# When lld relaxes TLSDESC (GD->LE in an executable) it writes 66 90 at the marker -> copy becomes a 2-byte nop,
# rbx keeps the caller's value and the restore is not a no-op.
	.text
	.globl h
	.type h,@function
h:
1:	push %rsp
	pop %rbx
	.reloc 1b, R_X86_64_TLSDESC_CALL, tv
	nop
	mov %rbx,%rsp
	ret
	.size h,.-h
	.section .tbss,"awT",@nobits
	.globl tv
	.type tv,@object
tv:	.zero 8
