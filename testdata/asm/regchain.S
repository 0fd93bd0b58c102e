# Register-only %rsp copy chains (harmless; objtool follows them).
#
# expect: regchain_callee_saved kind=rsp-register-chain redundant=yes delta=0 objtool_fail=no
# expect: regchain_loop kind=rsp-register-chain redundant=yes delta=0 objtool_fail=no
#
# regchain_callee_saved: mov %rsp,%rbx ; call ; mov %rbx,%r12 ; call ;
#   mov %r12,%r13 ; mov %r13,%r14 ; call ; mov %r14,%rsp.  Only
#   callee-saved registers carry the copy across the calls, so the value
#   is provably %rsp; the restore is a no-op.
# regchain_loop: the same in a loop (copy before the loop, restore at the
#   loop head, value carried over the back edge in %r12/%rbx only).
#   Still register-only, so rsp-register-chain, not spilled-rsp-loop.

	.text

	.globl	regchain_callee_saved
	.p2align 4
	.type	regchain_callee_saved,@function
regchain_callee_saved:
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$0x8, %rsp
	movq	%rsp, %rbx
	call	foo
	movq	%rbx, %r12
	call	bar
	movq	%r12, %r13
	movq	%r13, %r14
	call	baz
	movq	%r14, %rsp			# restore site
	addq	$0x8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	jmp	__x86_return_thunk
	.size	regchain_callee_saved, .-regchain_callee_saved

	.globl	regchain_loop
	.p2align 4
	.type	regchain_loop,@function
regchain_loop:
	pushq	%r12
	pushq	%rbx
	pushq	%r13
	movl	%edi, %r13d
	movq	%rsp, %rbx
1:	movq	%rbx, %rsp			# restore site (loop head)
	xorl	%eax, %eax
	call	clear_pages_helper
	movq	%rbx, %r12
	call	cond_resched
	movq	%r12, %rbx
	decl	%r13d
	jne	1b
	popq	%r13
	popq	%rbx
	popq	%r12
	jmp	__x86_return_thunk
	.size	regchain_loop, .-regchain_loop
