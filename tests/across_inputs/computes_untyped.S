# computes.S's computed jump in code no function symbol starts: a global
# STT_NOTYPE symbol, as the kernel's SYM_CODE_START makes. rspill does not
# read such code (no function's paths start there): naming another input's
# code in it counts as computing from that address.

	.text
	.globl	untyped_code
untyped_code:
	subq	$0x40, %rsp
	movq	$0x4141, 0x8(%rsp)
	leaq	untouched(%rip), %rax
	addq	$0xf, %rax
	jmp	*%rax
