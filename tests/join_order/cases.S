	# Two paths join with one stack slot known on one and forgotten on the
	# other (tests/join_order/README.md has the truth path by path).
	.text

	# Entered at its start, 8(%rsp) holds the %rsp of +0x5 at +0x14: the
	# restore is a no-op. Entered at +0xf with a code address in 8(%rsp),
	# it writes that address to %rsp.
	.globl	spilled
	.p2align 4
	.type	spilled,@function
spilled:
	pushq	%rbx
	subq	$0x10, %rsp
	movq	%rsp, %rax
	movq	%rax, 0x8(%rsp)
	xorl	%eax, %eax
	movq	0x8(%rsp), %rdx
	movq	%rdx, %rsp
	addq	$0x10, %rsp
	popq	%rbx
	retq
	.size	spilled, .-spilled

	# %rsi and %rdx point at function pointers (spilled's address, say).
	# One path puts *%rdx in 8(%rsp) as it is; the other *%rsi plus 0xf,
	# then `and $-1,%rsp` (no move at run time; rspill's reading forgets
	# the slots there). Both jump through 8(%rsp): the second lands at
	# spilled+0xf with spilled+0xf in 8(%rsp).
	.globl	joined_jump
	.p2align 4
	.type	joined_jump,@function
joined_jump:
	subq	$0x40, %rsp
	testl	%edi, %edi
#ifdef COMPUTED_FIRST
	jne	1f
	movq	(%rsi), %rcx
	addq	$0xf, %rcx
	movq	%rcx, 0x8(%rsp)
	andq	$-1, %rsp
	jmp	2f
1:
	movq	(%rdx), %rcx
	movq	%rcx, 0x8(%rsp)
#else
	jne	1f
	movq	(%rdx), %rcx
	movq	%rcx, 0x8(%rsp)
	jmp	2f
1:
	movq	(%rsi), %rcx
	addq	$0xf, %rcx
	movq	%rcx, 0x8(%rsp)
	andq	$-1, %rsp
#endif
2:
	movq	0x8(%rsp), %rax
	jmpq	*%rax
	.size	joined_jump, .-joined_jump

	# What a compiler leaves: compiled code, not hand-written assembly
	# (where every indirect jump is taken as possibly anywhere already).
	.ident	"clang version 19.1.7"
	.section	".note.GNU-stack","",@progbits
