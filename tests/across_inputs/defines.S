# Functions whose restores are no-ops on every path from their entry, and
# which another object (refers.S) enters elsewhere. Each has the shape of
# testdata/asm/spilled_noloop.S's spill_one_slot:
#
#   +0x0  push %rbx
#   +0x1  sub $0x10,%rsp
#   +0x5  mov %rsp,%rax
#   +0x8  mov %rax,0x8(%rsp)      spill the copy
#   +0xd  xor %eax,%eax           (the copy in %rax is gone)
#   +0xf  mov 0x8(%rsp),%rdx      reload
#   +0x14 mov %rdx,%rsp           restore site
#
# From the entry, %rsp at the restore is the value spilled (delta 0): scan
# of this object alone claims each restore a no-op. From +0xf the slot
# holds whatever the code that jumped there left at 8(%rsp).

	.text

	.macro spill_one_slot name
	.globl	\name
	.p2align 4
	.type	\name,@function
\name:
	pushq	%rbx
	subq	$0x10, %rsp
	movq	%rsp, %rax
	movq	%rax, 0x8(%rsp)
	xorl	%eax, %eax
	movq	0x8(%rsp), %rdx
	movq	%rdx, %rsp
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	\name, .-\name
	.endm

	# refers.S: `sub $0x40,%rsp; jmp jumped_into+0xf`.
	spill_one_slot jumped_into
	# refers.S: `.quad pointed_into+0xf`, jumped through.
	spill_one_slot pointed_into
	# refers.S: `jmp at_start+0xf`; at_start is a global STT_NOTYPE label
	# at the start of labelled (the same place, another name).
	.p2align 4
	.globl	at_start
at_start:
	spill_one_slot labelled
	# Nothing else refers to it: its claim stands.
	spill_one_slot untouched
