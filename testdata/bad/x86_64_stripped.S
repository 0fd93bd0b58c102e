# rspill fixture: a small x86-64 object containing a spilled %rsp copy,
# assembled and then run through llvm-strip-19 --strip-all, so the
# resulting x86_64_stripped.o has no function symbols to attribute code to.
# (Same code as spill_one_slot in ../asm/spilled_noloop.S.)

	.text
	.globl	stripped_spill
	.p2align 4
	.type	stripped_spill,@function
stripped_spill:
	pushq	%rbx
	subq	$0x10, %rsp
	movq	%rsp, %rax
	movq	%rax, 0x8(%rsp)
	call	foo
	movq	0x8(%rsp), %rdx
	movq	%rdx, %rsp
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	stripped_spill, .-stripped_spill
