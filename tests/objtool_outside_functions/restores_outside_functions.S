# Restores of %rsp in code no function symbol covers: the end of short_f
# past its .size, and a .cold block without a symbol that with_cold jumps
# to. rspill follows functions' paths, so neither is a finding (nor a
# claim); both are listed as unanalysed %rsp writes. objtool walks both
# (`.text+0x15: unknown CFA base reg -1` after the first).

	.text
	.globl	short_f
	.type	short_f,@function
short_f:
	subq	$16, %rsp
	movq	%rsp, %rax
	movq	%rax, 8(%rsp)
	.size	short_f, .-short_f
	nop
	movq	8(%rsp), %rcx
	movq	%rcx, %rsp			# .text+0x12
	addq	$16, %rsp
	ret

	.globl	with_cold
	.p2align 4
	.type	with_cold,@function
with_cold:
	subq	$16, %rsp
	movq	%rsp, %rax
	movq	%rax, 8(%rsp)
	testq	%rdi, %rdi
	jne	.Lcold
.Lback:
	addq	$16, %rsp
	ret
	.size	with_cold, .-with_cold

	.section .text.unlikely,"ax",@progbits
.Lcold:
	movq	8(%rsp), %rcx
	movq	%rcx, %rsp			# .text.unlikely+0x5
	jmp	.Lback
