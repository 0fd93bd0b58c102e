// honest.S -- baseline (counted as class 4-kinds): the ordinary clang/KMSAN
// shapes, truly redundant, true constant deltas and true stack switches, so a
// tool that refuses everything does not pass.  S := %rsp after PRO.
#include "adv.h"

// h_spill_loop: the shape from the bug report: copy, loop-head restore,
// spill of %rsp itself, call, reload, two back edges (one through r12).
// TRUTH h_spill_loop redundant - 4-kinds clang KMSAN loop: every value reaching the loop head is S (slot 0x20 not escaped, r12 callee-saved)
FUNC(h_spill_loop)
	pushq	%r12
	PRO
	movl	%edi, %ebx
	movq	%rsp, %rcx
1:
R(h_spill_loop)
	movq	%rcx, %rsp
	xorl	%eax, %eax
	call	clear_pages_helper
	movq	%rsp, 0x20(%rsp)
	movl	%ebx, %edi
	call	__msan_warning
	movq	0x20(%rsp), %rcx
	testl	%eax, %eax
	je	1b
	decl	%ebx
	je	2f
	movq	%rcx, %r12
	call	cond_resched
	movq	%r12, %rcx
	jmp	1b
2:	addq	$0x28, %rsp
	popq	%rbx
	popq	%r12
	jmp	__x86_return_thunk
ENDF(h_spill_loop)

// TRUTH h_spill_noloop redundant - 4-kinds copy spilled to 0x18, two calls, reloaded into rdx and restored
FUNC(h_spill_noloop)
	PRO
	movq	%rsp, %rax
	movq	%rax, 0x18(%rsp)
	call	foo
	call	bar
	movq	0x18(%rsp), %rdx
R(h_spill_noloop)
	movq	%rdx, %rsp
	EPI
ENDF(h_spill_noloop)

// TRUTH h_regchain redundant - 4-kinds copy in callee-saved rbx across a call, moved through r8
FUNC(h_regchain)
	PRO
	movq	%rsp, %rbx
	call	foo
	movq	%rbx, %r8
R(h_regchain)
	movq	%r8, %rsp
	EPI
ENDF(h_regchain)

// TRUTH h_delta16 delta 16 4-kinds lea 0x10(%rsp),%rbx kept across a call
FUNC(h_delta16)
	PRO
	leaq	0x10(%rsp), %rbx
	call	foo
R(h_delta16)
	movq	%rbx, %rsp
	subq	$0x10, %rsp
	EPI
ENDF(h_delta16)

// TRUTH h_delta_neg delta -16 4-kinds lea -0x10(%rsp),%rax; mov %rax,%rsp (a constant allocation done through a register)
FUNC(h_delta_neg)
	PRO
	leaq	-0x10(%rsp), %rax
R(h_delta_neg)
	movq	%rax, %rsp
	movq	%rsp, %rdi
	call	foo
	addq	$0x10, %rsp
	EPI
ENDF(h_delta_neg)

// TRUTH h_merge_two redundant - 4-kinds two paths: rcx copied from rsp directly / from the spill slot; both S
FUNC(h_merge_two)
	PRO
	movq	%rsp, 0x10(%rsp)
	testq	%rdi, %rdi
	je	1f
	call	foo
	movq	0x10(%rsp), %rcx
	jmp	2f
1:	movq	%rsp, %rcx
2:
R(h_merge_two)
	movq	%rcx, %rsp
	EPI
ENDF(h_merge_two)

// TRUTH h_slot_to_slot redundant - 4-kinds copy moved slot 0x10 -> rax -> slot 0x20, calls in between, reloaded
FUNC(h_slot_to_slot)
	PRO
	movq	%rsp, 0x10(%rsp)
	call	foo
	movq	0x10(%rsp), %rax
	movq	%rax, 0x20(%rsp)
	call	bar
	movq	0x20(%rsp), %rsi
R(h_slot_to_slot)
	movq	%rsi, %rsp
	EPI
ENDF(h_slot_to_slot)

// TRUTH h_direct_reload redundant - 4-kinds restore straight from the slot: mov 0x18(%rsp),%rsp
FUNC(h_direct_reload)
	PRO
	movq	%rsp, 0x18(%rsp)
	call	foo
R(h_direct_reload)
	movq	0x18(%rsp), %rsp
	EPI
ENDF(h_direct_reload)

// TRUTH h_switch_rsi switch - 4-kinds mov %rsi,%rsp: new stack from an argument (the old one kept in rbx)
// TRUTH h_switch_rsi_back switch - 4-kinds back to S (rbx) from the other stack
FUNC(h_switch_rsi)
	PRO
	movq	%rsp, %rbx
R(h_switch_rsi)
	movq	%rsi, %rsp
	call	*%rdi
R(h_switch_rsi_back)
	movq	%rbx, %rsp
	EPI
ENDF(h_switch_rsi)

// TRUTH h_switch_mem switch - 4-kinds %rsp loaded from memory reached through an argument pointer (task->thread.sp style)
FUNC(h_switch_mem)
	PRO
R(h_switch_mem)
	movq	0x18(%rdi), %rsp
	popq	%rbx
	jmp	__x86_return_thunk
ENDF(h_switch_mem)

// TRUTH h_loop_delta_const delta 8 4-kinds loop: rbx = S+8 recomputed from %rsp each iteration before the restore, restore then sub $8
FUNC(h_loop_delta_const)
	PRO
	movl	%edi, %r8d
1:	leaq	8(%rsp), %rbx
R(h_loop_delta_const)
	movq	%rbx, %rsp
	subq	$8, %rsp
	decl	%r8d
	jne	1b
	EPI
ENDF(h_loop_delta_const)
