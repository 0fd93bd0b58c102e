// r2_switch.S -- round 2, class 4: stack switches in the call_on_stack()
// shape (`mov %rsp,(%r11); mov %r11,%rsp; call f; pop %rsp`) and variants
// where the saved copy of this frame's %rsp is modified before it comes back
// (broken: a corrupted copy is not a switch).  T := the per-cpu stack top
// loaded into %r11 (outside the frame).  S := %rsp after PRO.
// As in round 1 (k_switch_arg_out), popping the value this function saved on
// the other stack is "switch" (the switch back), also when the callee could in
// principle have written that slot.
#include "adv.h"

// TRUTH sw_swz_in switch - 4-kinds mov %r11,%rsp: r11 = per-cpu hardirq stack top
// TRUTH sw_swz_out switch - 4-kinds pop %rsp: the switch back (reads the S saved at T)
FUNC(sw_swz)
	PRO
	movq	%gs:hardirq_stack_ptr, %r11
	movq	%rsp, (%r11)
R(sw_swz_in)
	movq	%r11, %rsp
	call	foo
R(sw_swz_out)
	popq	%rsp
	EPI
ENDF(sw_swz)

// TRUTH sw_mod_in switch - 4-kinds mov %r11,%rsp: per-cpu stack top
// TRUTH sw_mod_out broken - 4-kinds pop %rsp reads S+8: the saved copy was modified by addq $8,(%r11) before the switch
FUNC(sw_mod)
	PRO
	movq	%gs:hardirq_stack_ptr, %r11
	movq	%rsp, (%r11)
	addq	$8, (%r11)
R(sw_mod_in)
	movq	%r11, %rsp
	call	foo
R(sw_mod_out)
	popq	%rsp
	EPI
ENDF(sw_mod)

// TRUTH sw_mod_alias_in switch - 4-kinds mov %r11,%rsp: per-cpu stack top
// TRUTH sw_mod_alias_out broken - 4-kinds pop %rsp reads S with its low byte cleared: movb $0,(%rax) through an alias (rax = r11) after the switch
FUNC(sw_mod_alias)
	PRO
	movq	%gs:hardirq_stack_ptr, %r11
	movq	%r11, %rax
	movq	%rsp, (%r11)
R(sw_mod_alias_in)
	movq	%r11, %rsp
	movb	$0, (%rax)
	call	foo
R(sw_mod_alias_out)
	popq	%rsp
	EPI
ENDF(sw_mod_alias)

// TRUTH sw_mod_top_in switch - 4-kinds mov %r11,%rsp: per-cpu stack top
// TRUTH sw_mod_top_out broken - 4-kinds pop %rsp reads S-8: subq $8,(%rsp) on the other stack after the switch
FUNC(sw_mod_top)
	PRO
	movq	%gs:hardirq_stack_ptr, %r11
	movq	%rsp, (%r11)
R(sw_mod_top_in)
	movq	%r11, %rsp
	subq	$8, (%rsp)
	call	foo
R(sw_mod_top_out)
	popq	%rsp
	EPI
ENDF(sw_mod_top)

// sw_reload: r11 is reloaded from a global between the store and the switch;
// the new top is not where S was saved (unless the two happen to alias, in
// which case S comes back).  Both writes take values from outside the frame.
// TRUTH sw_reload_in switch - 4-kinds mov %r11,%rsp: r11 reloaded from a global after the store
// TRUTH sw_reload_out switch - 4-kinds pop %rsp: value at the (reloaded) foreign top; S only if it aliases the first top
FUNC(sw_reload)
	PRO
	movq	%gs:hardirq_stack_ptr, %r11
	movq	%rsp, (%r11)
	movq	gptr(%rip), %r11
R(sw_reload_in)
	movq	%r11, %rsp
	call	foo
R(sw_reload_out)
	popq	%rsp
	EPI
ENDF(sw_reload)

// sw_tos_moved: S is saved at T, S+8 at T-8, and the switch goes to T-8.
// TRUTH sw_tos_moved_in switch - 4-kinds mov %r11,%rsp: r11 = per-cpu top - 8
// TRUTH sw_tos_moved_out broken - 4-kinds pop %rsp reads S+8 (stored at T-8, the new top), not the S saved at T
FUNC(sw_tos_moved)
	PRO
	movq	%gs:hardirq_stack_ptr, %r11
	movq	%rsp, (%r11)
	leaq	8(%rsp), %rax
	movq	%rax, -8(%r11)
	leaq	-8(%r11), %r11
R(sw_tos_moved_in)
	movq	%r11, %rsp
	call	foo
R(sw_tos_moved_out)
	popq	%rsp
	EPI
ENDF(sw_tos_moved)

// sw_stackarg: the callee gets a stack argument on the foreign stack (pushed
// below the saved S); S comes back by add $8; pop %rsp.
// TRUTH sw_stackarg_in switch - 4-kinds mov %r11,%rsp: per-cpu stack top
// TRUTH sw_stackarg_out switch - 4-kinds pop %rsp: the switch back after the stack argument is dropped
FUNC(sw_stackarg)
	PRO
	movq	%gs:hardirq_stack_ptr, %r11
	movq	%rsp, (%r11)
R(sw_stackarg_in)
	movq	%r11, %rsp
	pushq	%rdi
	call	foo
	addq	$8, %rsp
R(sw_stackarg_out)
	popq	%rsp
	EPI
ENDF(sw_stackarg)

// sw_frame_tos: the "other stack" is this frame: rdi = S+0x10.  mov %rdi,%rsp
// is a constant +0x10; pop %rsp then reads the slot S+0x10, which is the
// callee's stack argument slot (0(%rsp) at the call), so it is not provable.
// TRUTH sw_frame_tos_in delta 16 4-kinds mov %rdi,%rsp with rdi = lea 0x10(%rsp): S+0x10
// TRUTH sw_frame_tos_out broken - 4-kinds pop %rsp reads the in-frame slot S+0x10 (0(%rsp) at call foo: foo's stack-argument slot)
FUNC(sw_frame_tos)
	PRO
	leaq	0x10(%rsp), %rdi
	movq	%rsp, (%rdi)
R(sw_frame_tos_in)
	movq	%rdi, %rsp
	call	foo
R(sw_frame_tos_out)
	popq	%rsp
	EPI
ENDF(sw_frame_tos)

// sw_frame_tos_kmsan (honest): the same with a KMSAN callee (no stack args):
// pop %rsp reads S at S+0x10 -> restored - current = S - (S+0x10) = -16.
// TRUTH sw_frame_tos_kmsan_in delta 16 4-kinds mov %rdi,%rsp with rdi = lea 0x10(%rsp): S+0x10
// TRUTH sw_frame_tos_kmsan_out delta -16 4-kinds pop %rsp reads S from S+0x10 across __msan_get_context_state: S - (S+0x10)
FUNC(sw_frame_tos_kmsan)
	PRO
	leaq	0x10(%rsp), %rdi
	movq	%rsp, (%rdi)
R(sw_frame_tos_kmsan_in)
	movq	%rdi, %rsp
	call	__msan_get_context_state
R(sw_frame_tos_kmsan_out)
	popq	%rsp
	EPI
ENDF(sw_frame_tos_kmsan)

// sw_arg_readback: rdi = new top (argument); after the call the saved S is
// read back with a mov, changed, and moved into %rsp.
// TRUTH sw_arg_readback_in switch - 4-kinds mov %rdi,%rsp: argument
// TRUTH sw_arg_readback_out broken - 4-kinds mov (%rsp),%rax; add $8,%rax; mov %rax,%rsp: S+8 read back from the other stack
FUNC(sw_arg_readback)
	PRO
	movq	%rsp, (%rdi)
R(sw_arg_readback_in)
	movq	%rdi, %rsp
	call	foo
	movq	(%rsp), %rax
	addq	$8, %rax
R(sw_arg_readback_out)
	movq	%rax, %rsp
	EPI
ENDF(sw_arg_readback)

// TRUTH sw_arg_readback_ok_in switch - 4-kinds mov %rdi,%rsp: argument
// TRUTH sw_arg_readback_ok_out switch - 4-kinds mov (%rsp),%rax; mov %rax,%rsp: the switch back (S read back from the other stack)
FUNC(sw_arg_readback_ok)
	PRO
	movq	%rsp, (%rdi)
R(sw_arg_readback_ok_in)
	movq	%rdi, %rsp
	call	foo
	movq	(%rsp), %rax
R(sw_arg_readback_ok_out)
	movq	%rax, %rsp
	EPI
ENDF(sw_arg_readback_ok)

// sw_loop: the swizzle re-executed in a loop (saved again each time).
// TRUTH sw_loop_in switch - 4-kinds loop: mov %r11,%rsp, r11 = per-cpu top
// TRUTH sw_loop_out switch - 4-kinds loop: pop %rsp, the switch back (S re-saved every iteration)
FUNC(sw_loop)
	PRO
	movl	%edi, %ebx
	movq	%gs:hardirq_stack_ptr, %r11
1:	movq	%rsp, (%r11)
R(sw_loop_in)
	movq	%r11, %rsp
	call	foo
R(sw_loop_out)
	popq	%rsp
	movq	%gs:hardirq_stack_ptr, %r11
	decl	%ebx
	jne	1b
	EPI
ENDF(sw_loop)

// sw_loop_bump: S saved once before the loop; the latch adds 8 to the saved
// word, so the second pop %rsp reads S+8.
// TRUTH sw_loop_bump_in switch - 4-kinds loop: mov %r11,%rsp, r11 = per-cpu top (kept in r12)
// TRUTH sw_loop_bump_out broken - 4-kinds loop: pop %rsp reads S first, S+8 after the latch's addq $8,(%r12)
FUNC(sw_loop_bump)
	pushq	%r12
	PRO
	movl	%edi, %ebx
	movq	%gs:hardirq_stack_ptr, %r12
	movq	%rsp, (%r12)
1:	movq	%r12, %r11
R(sw_loop_bump_in)
	movq	%r11, %rsp
	call	foo
R(sw_loop_bump_out)
	popq	%rsp
	addq	$8, (%r12)
	decl	%ebx
	jne	1b
	addq	$0x28, %rsp
	popq	%rbx
	popq	%r12
	jmp	__x86_return_thunk
ENDF(sw_loop_bump)

// sw_xchg: xchg %r11,%rsp switches and leaves S in r11, which is pushed on
// the other stack and popped back.
// TRUTH sw_xchg_in switch - 4-kinds xchg %r11,%rsp: per-cpu stack top
// TRUTH sw_xchg_out switch - 4-kinds pop %rsp: the switch back (S pushed from r11)
FUNC(sw_xchg)
	PRO
	movq	%gs:hardirq_stack_ptr, %r11
R(sw_xchg_in)
	xchgq	%r11, %rsp
	pushq	%r11
	call	foo
R(sw_xchg_out)
	popq	%rsp
	EPI
ENDF(sw_xchg)

// TRUTH sw_xchg_bad_in switch - 4-kinds xchg %r11,%rsp: per-cpu stack top
// TRUTH sw_xchg_bad_out broken - 4-kinds pop %rsp: S+8 pushed (lea 8(%r11) after the xchg left S in r11)
FUNC(sw_xchg_bad)
	PRO
	movq	%gs:hardirq_stack_ptr, %r11
R(sw_xchg_bad_in)
	xchgq	%r11, %rsp
	leaq	8(%r11), %r11
	pushq	%r11
	call	foo
R(sw_xchg_bad_out)
	popq	%rsp
	EPI
ENDF(sw_xchg_bad)
