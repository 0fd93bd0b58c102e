# Objects whose only findings state no value (a realignment) skip the readings
# that only refuse claims; one with a finding that could be claimed reads
# them (README here). Built three ways (-DSPILL, -DJUMP; README).

	.text

	# A realignment: `and $-32,%rsp` moves %rsp by an amount not known
	# (rsp-dynamic, no value stated, nothing to claim). `leave` restores
	# %rsp from %rbp: no finding.
	.globl	realigned
	.p2align 4
	.type	realigned,@function
realigned:
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-32, %rsp
	subq	$64, %rsp
	movq	$0, (%rsp)
	leave
	retq
	.size	realigned, .-realigned

#ifdef SPILL
	# testdata/asm/spilled_noloop.S's spill_one_slot: from the entry the
	# restore at +0x14 writes back the value %rsp holds (delta 0). From
	# +0xf (computed_jump, with 0x4141 in the slot) it writes 0x4141.
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
#endif

#ifdef JUMP
	# A jump through a value computed from a code address (realigned's, or
	# spilled's when it is there): only the reading that follows every
	# value finds it; the object is then entered anywhere. With SPILL it
	# lands at spilled+0xf with 0x4141 in the slot.
	.globl	computed_jump
	.p2align 4
	.type	computed_jump,@function
computed_jump:
	subq	$0x40, %rsp
	movq	$0x4141, 0x8(%rsp)
#ifdef SPILL
	leaq	spilled(%rip), %rax
#else
	leaq	realigned(%rip), %rax
#endif
	addq	$0xf, %rax
	jmpq	*%rax
	.size	computed_jump, .-computed_jump
#endif

	# What a compiler leaves: the object is compiled code, not hand-written
	# assembly (where every indirect jump is taken as possibly anywhere
	# without reading values).
	.ident	"clang version 19.1.7"
	.section	".note.GNU-stack","",@progbits
