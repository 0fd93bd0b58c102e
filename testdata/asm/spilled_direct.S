# Spilled %rsp copy reloaded DIRECTLY into %rsp (mov slot(%rsp),%rsp).
# clang-19 emits exactly this when the whole live range of the %rsp read
# is spilled: the reload is folded into the copy to %rsp (see
# testdata/c/kmsan_spill_direct.c).  The restore site is the load itself,
# not a "mov %reg,%rsp".
#
# expect: spill_direct_reload kind=spilled-rsp redundant=yes delta=0 objtool_fail=no
# expect: spill_direct_reload_loop kind=spilled-rsp-loop redundant=yes delta=0 objtool_fail=no
#
# objtool is SILENT on both: "mov disp(%rsp),%rsp" decodes to a
# register-indirect load whose destination objtool only acts on when it
# is %rbp or a saved callee-saved register, so the write to %rsp is
# ignored and the CFA stays whatever it was (correct here only by luck:
# the value happens to equal %rsp).
#
# spill_direct_reload_loop: the copy is made before the loop and the
# reload is at the loop head, so the slot value reaches it over the back
# edge as well. Redundant under C semantics (the expect line), but not
# proven: clear_pages_helper may hand back this frame's address (its stack
# arguments start at %rsp) and cond_resched, on the next iteration, write
# through it; rspill reports assumed_rsp_delta 0, and rewrite refuses it.

	.text

	.globl	spill_direct_reload
	.p2align 4
	.type	spill_direct_reload,@function
spill_direct_reload:
	pushq	%rbx
	subq	$0x10, %rsp
	movq	%rsp, 0x8(%rsp)
	call	foo
	movq	0x8(%rsp), %rsp			# restore site
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	spill_direct_reload, .-spill_direct_reload

	.globl	spill_direct_reload_loop
	.p2align 4
	.type	spill_direct_reload_loop,@function
spill_direct_reload_loop:
	pushq	%rbx
	subq	$0x10, %rsp
	movl	%edi, %ebx
	movq	%rsp, 0x8(%rsp)
1:	movq	0x8(%rsp), %rsp			# restore site (loop head)
	call	clear_pages_helper
	call	cond_resched
	decl	%ebx
	jne	1b
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	spill_direct_reload_loop, .-spill_direct_reload_loop
