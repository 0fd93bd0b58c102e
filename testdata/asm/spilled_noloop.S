# Spilled %rsp copies without a loop.
#
# expect: spill_one_slot kind=spilled-rsp redundant=yes delta=0 objtool_fail=yes
# expect: spill_two_slots kind=spilled-rsp redundant=yes delta=0 objtool_fail=yes
#
# spill_one_slot: mov %rsp,%rax ; mov %rax,0x8(%rsp) ; call ;
#   mov 0x8(%rsp),%rdx ; mov %rdx,%rsp.  %rdx was never a register copy
#   of %rsp, so objtool makes the CFA undefined at the restore and
#   complains at the next stack operation.
# spill_two_slots: slot -> reg -> other slot -> reg -> %rsp:
#   mov %rsp,%rax ; mov %rax,0x8(%rsp) ; call foo ; mov 0x8(%rsp),%rdx ;
#   mov %rdx,0x10(%rsp) ; call bar ; mov 0x10(%rsp),%rsi ; mov %rsi,%rsp
# The stack pointer does not move between the copy and the restore, so
# both restores are no-ops (delta=0).

	.text

	.globl	spill_one_slot
	.p2align 4
	.type	spill_one_slot,@function
spill_one_slot:
	pushq	%rbx
	subq	$0x10, %rsp
	movq	%rsp, %rax
	movq	%rax, 0x8(%rsp)
	call	foo
	movq	0x8(%rsp), %rdx
	movq	%rdx, %rsp			# restore site
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	spill_one_slot, .-spill_one_slot

	.globl	spill_two_slots
	.p2align 4
	.type	spill_two_slots,@function
spill_two_slots:
	pushq	%rbx
	subq	$0x20, %rsp
	movq	%rsp, %rax
	movq	%rax, 0x8(%rsp)			# first slot
	call	foo
	movq	0x8(%rsp), %rdx
	movq	%rdx, 0x10(%rsp)		# second slot
	call	bar
	movq	0x10(%rsp), %rsi
	movq	%rsi, %rsp			# restore site
	addq	$0x20, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	spill_two_slots, .-spill_two_slots
