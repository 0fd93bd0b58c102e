# Restores whose value cannot be proven to be a %rsp copy.
#
# expect: unk_slot_overwritten kind=rsp-unknown-restore redundant=no delta=unknown objtool_fail=yes
# expect: unk_slot_partial kind=rsp-unknown-restore redundant=no delta=unknown objtool_fail=yes
# expect: unk_callclobber kind=rsp-unknown-restore redundant=no delta=unknown objtool_fail=no
# expect: unk_paths_slot kind=rsp-unknown-restore redundant=no delta=unknown objtool_fail=yes
# expect: unk_paths_reg kind=rsp-unknown-restore redundant=no delta=unknown objtool_fail=no
#
# unk_slot_overwritten: %rsp copy stored to 0x8(%rsp), then the call's
#   return value %rax is stored over the same slot before the reload.
# unk_slot_partial: the slot's upper 4 bytes are overwritten
#   (movl $0,0xc(%rsp)) between spill and reload.
# unk_callclobber: the copy sits in %rcx (caller-saved) across a call.
#   objtool does not model call clobbers: its vals[%rcx] still says
#   "CFA copy", so it stays SILENT although the value is garbage.
# unk_paths_slot: one path spills the %rsp copy, the other stores the
#   argument %rsi into the same slot; the join reloads and restores.
# unk_paths_reg: registers only, but the two paths disagree:
#   lea 0x8(%rsp),%rbx on one, mov %rsp,%rbx on the other (delta 8 vs 0).
#   objtool evaluates the join only for the first path it walks (the
#   jump target, here the delta-0 one) and never compares vals[] at a
#   merge, so it is SILENT.

	.text

	.globl	unk_slot_overwritten
	.p2align 4
	.type	unk_slot_overwritten,@function
unk_slot_overwritten:
	pushq	%rbx
	subq	$0x10, %rsp
	movq	%rsp, %rax
	movq	%rax, 0x8(%rsp)
	call	foo
	movq	%rax, 0x8(%rsp)			# slot overwritten by foo()'s result
	movq	0x8(%rsp), %rcx
	movq	%rcx, %rsp			# restore site
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	unk_slot_overwritten, .-unk_slot_overwritten

	.globl	unk_slot_partial
	.p2align 4
	.type	unk_slot_partial,@function
unk_slot_partial:
	pushq	%rbx
	subq	$0x10, %rsp
	movq	%rsp, %rax
	movq	%rax, 0x8(%rsp)
	call	foo
	movl	$0x0, 0xc(%rsp)			# clobbers the upper half of the slot
	movq	0x8(%rsp), %rcx
	movq	%rcx, %rsp			# restore site
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	unk_slot_partial, .-unk_slot_partial

	.globl	unk_callclobber
	.p2align 4
	.type	unk_callclobber,@function
unk_callclobber:
	pushq	%rbx
	subq	$0x10, %rsp
	movq	%rsp, %rcx
	call	foo				# may clobber %rcx
	movq	%rcx, %rsp			# restore site
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	unk_callclobber, .-unk_callclobber

	.globl	unk_paths_slot
	.p2align 4
	.type	unk_paths_slot,@function
unk_paths_slot:
	pushq	%rbx
	subq	$0x10, %rsp
	testl	%edi, %edi
	je	1f
	movq	%rsp, %rax
	movq	%rax, 0x8(%rsp)			# path A: %rsp copy
	jmp	2f
1:	movq	%rsi, 0x8(%rsp)			# path B: something else
2:	call	foo
	movq	0x8(%rsp), %rdx
	movq	%rdx, %rsp			# restore site
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	unk_paths_slot, .-unk_paths_slot

	.globl	unk_paths_reg
	.p2align 4
	.type	unk_paths_reg,@function
unk_paths_reg:
	pushq	%rbx
	subq	$0x10, %rsp
	testl	%edi, %edi
	je	1f
	leaq	0x8(%rsp), %rbx			# path A (fall-through): delta 8
	jmp	2f
1:	movq	%rsp, %rbx			# path B (jump target): delta 0
2:	call	foo
	movq	%rbx, %rsp			# restore site
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	unk_paths_reg, .-unk_paths_reg
