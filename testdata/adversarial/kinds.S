// kinds.S -- class 4: broken restores that are frame-derived (modified copies
// of this frame's %rsp) and must NOT be called a stack switch, plus genuine
// stack switches (value from outside the frame).  S := %rsp after PRO.
#include "adv.h"

// TRUTH k_byte_changed broken - 4-kinds spilled copy reloaded, low byte cleared (movb $0,%al) before the restore
FUNC(k_byte_changed)
	PRO
	movq	%rsp, %rax
	movq	%rax, 0x10(%rsp)
	call	foo
	movq	0x10(%rsp), %rax
	movb	$0, %al
R(k_byte_changed)
	movq	%rax, %rsp
	EPI
ENDF(k_byte_changed)

// TRUTH k_xor1 broken - 4-kinds xor $1 on the copy: S^1 (not a constant offset without an alignment assumption)
FUNC(k_xor1)
	PRO
	movq	%rsp, %rax
	xorq	$1, %rax
R(k_xor1)
	movq	%rax, %rsp
	EPI
ENDF(k_xor1)

// TRUTH k_xor_0x100 broken - 4-kinds xor $0x100 on the copy: S+0x100 or S-0x100 depending on bit 8 of S
FUNC(k_xor_0x100)
	PRO
	movq	%rsp, %rax
	xorq	$0x100, %rax
R(k_xor_0x100)
	movq	%rax, %rsp
	EPI
ENDF(k_xor_0x100)

// k_loop_inc8: %rcx = S before the loop and is incremented by 8 on each
// back edge (kept across the call in the slot).  First arrival: rcx = S
// (delta 0); second: rcx = S+8 while %rsp = S (delta +8)      => broken
// TRUTH k_loop_inc8 broken - 4-kinds loop head restore; copy incremented by 8 before the back edge: delta 0 first, +8 later
FUNC(k_loop_inc8)
	PRO
	movl	%edi, %ebx
	movq	%rsp, %rcx
.Lkli_head:
R(k_loop_inc8)
	movq	%rcx, %rsp
	movq	%rsp, 0x10(%rsp)
	call	foo
	movq	0x10(%rsp), %rcx
	addq	$8, %rcx
	decl	%ebx
	jne	.Lkli_head
	movq	0x10(%rsp), %rcx
	EPI
ENDF(k_loop_inc8)

// TRUTH k_loop_slot_inc broken - 4-kinds loop head reload+restore; addq $8 on the spill slot in the latch
FUNC(k_loop_slot_inc)
	PRO
	movl	%edi, %ebx
	movq	%rsp, 0x10(%rsp)
.Lkls_head:
	movq	0x10(%rsp), %rcx
R(k_loop_slot_inc)
	movq	%rcx, %rsp
	call	foo
	addq	$8, 0x10(%rsp)
	decl	%ebx
	jne	.Lkls_head
	EPI
ENDF(k_loop_slot_inc)

// TRUTH k_loop_second_iter broken - 4-kinds loop: the copy is replaced by lea 8(%rsp) only on iterations after the first (conditional on the counter)
FUNC(k_loop_second_iter)
	PRO
	movl	%edi, %ebx
	movq	%rsp, %rcx
	xorl	%edx, %edx
.Lklsi_head:
	testl	%edx, %edx
	je	1f
	leaq	8(%rsp), %rcx
1:
R(k_loop_second_iter)
	movq	%rcx, %rsp
	movl	$1, %edx
	decl	%ebx
	jne	.Lklsi_head
	EPI
ENDF(k_loop_second_iter)

// TRUTH k_and_page broken - 4-kinds copy page-aligned (and $-4096) before the restore
FUNC(k_and_page)
	PRO
	movq	%rsp, %rax
	andq	$-4096, %rax
R(k_and_page)
	movq	%rax, %rsp
	EPI
ENDF(k_and_page)

// TRUTH k_sub_arg broken - 4-kinds S - rdi (argument): frame-derived, not constant
FUNC(k_sub_arg)
	PRO
	movq	%rsp, %rax
	subq	%rdi, %rax
	movq	%rax, 0x10(%rsp)
	call	foo
	movq	0x10(%rsp), %rax
R(k_sub_arg)
	movq	%rax, %rsp
	EPI
ENDF(k_sub_arg)

// TRUTH k_or_arg broken - 4-kinds S | rdi (argument)
FUNC(k_or_arg)
	PRO
	movq	%rsp, %rax
	orq	%rdi, %rax
R(k_or_arg)
	movq	%rax, %rsp
	EPI
ENDF(k_or_arg)

// TRUTH k_spill_hi_cleared broken - 4-kinds spilled copy reloaded with a 32-bit movl 0x10(%rsp),%ecx: zero-extended low half of S
FUNC(k_spill_hi_cleared)
	PRO
	movq	%rsp, 0x10(%rsp)
	call	foo
	movl	0x10(%rsp), %ecx
R(k_spill_hi_cleared)
	movq	%rcx, %rsp
	EPI
ENDF(k_spill_hi_cleared)

// k_switch_arg (honest): call_on_stack() shape: the new stack top comes from
// the argument; the old %rsp is saved on the new stack and popped back.
//   mov %rdi,%rsp: value from outside the frame                 => switch
//   pop %rsp: switches back to S from the other stack            => switch
// TRUTH k_switch_arg_in switch - 4-kinds mov %rdi,%rsp: new stack from the argument
// TRUTH k_switch_arg_out switch - 4-kinds pop %rsp: back from the other stack (reads the S saved at the new stack top)
FUNC(k_switch_arg)
	PRO
	movq	%rsp, (%rdi)
R(k_switch_arg_in)
	movq	%rdi, %rsp
	call	*%rsi
R(k_switch_arg_out)
	popq	%rsp
	EPI
ENDF(k_switch_arg)

// TRUTH k_switch_percpu switch - 4-kinds %rsp loaded from a per-cpu variable (%gs:) - an entry-style stack switch
// TRUTH k_switch_percpu_back switch - 4-kinds switch back: pop %rsp of the old S pushed on the per-cpu stack
FUNC(k_switch_percpu)
	PRO
	movq	%rsp, %rax
R(k_switch_percpu)
	movq	%gs:pcpu_hot_stack, %rsp
	pushq	%rax
	call	foo
R(k_switch_percpu_back)
	popq	%rsp
	EPI
ENDF(k_switch_percpu)

// TRUTH k_switch_global switch - 4-kinds %rsp loaded from a global (rip-relative), then back from callee-saved rbx
// TRUTH k_switch_global_back switch - 4-kinds back from the other stack via rbx = S saved before the switch
FUNC(k_switch_global)
	PRO
	movq	%rsp, %rbx
R(k_switch_global)
	movq	alt_stack_top(%rip), %rsp
	call	foo
R(k_switch_global_back)
	movq	%rbx, %rsp
	EPI
ENDF(k_switch_global)

// The next three park a MODIFIED copy of this frame's %rsp outside the
// frame (a global, memory behind an argument pointer, a per-cpu variable)
// and load %rsp straight back from there.  The value is this frame's %rsp
// (S on one path, S+8 on the other), not another stack: a broken restore
// that merely looks like a stack switch.
// TRUTH k_via_global broken - 4-kinds S or S+8 (argument test) parked in a global and loaded back into %rsp (no call in between)
FUNC(k_via_global)
	PRO
	movq	%rsp, %rax
	testq	%rdi, %rdi
	je	1f
	addq	$8, %rax
1:	movq	%rax, gsave(%rip)
R(k_via_global)
	movq	gsave(%rip), %rsp
	EPI
ENDF(k_via_global)

// TRUTH k_via_argptr broken - 4-kinds S or S+8 stored through the argument pointer rsi and loaded back into %rsp from it
FUNC(k_via_argptr)
	PRO
	movq	%rsp, %rax
	testq	%rdi, %rdi
	je	1f
	addq	$8, %rax
1:	movq	%rax, (%rsi)
R(k_via_argptr)
	movq	(%rsi), %rsp
	EPI
ENDF(k_via_argptr)

// TRUTH k_via_percpu broken - 4-kinds S or S+8 stored to a per-cpu variable (%gs:) and loaded back into %rsp
FUNC(k_via_percpu)
	PRO
	movq	%rsp, %rax
	testq	%rdi, %rdi
	je	1f
	addq	$8, %rax
1:	movq	%rax, %gs:pcpu_save
R(k_via_percpu)
	movq	%gs:pcpu_save, %rsp
	EPI
ENDF(k_via_percpu)
