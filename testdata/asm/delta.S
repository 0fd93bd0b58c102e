# Restores whose value is %rsp plus a non-zero constant.
#
# expect: delta_spilled kind=spilled-rsp redundant=no delta=unknown objtool_fail=yes
# expect: delta_regchain kind=rsp-register-chain redundant=no delta=unknown objtool_fail=no
# expect: delta_push_args kind=rsp-register-chain redundant=no delta=unknown objtool_fail=no
# expect: delta_negative kind=rsp-register-chain redundant=no delta=unknown objtool_fail=no
#
# Each summary still says the delta below ("moves %rsp by +0x8"); since
# session 44 none is claimed: each function then returns with %rsp not back
# at its place at entry, through a slot other than its return address (in
# hand-written assembly a transfer to a computed place, blind review 86),
# which may enter any of them; and delta_negative calls with %rbx holding an
# address below %rsp, where a callee may read what earlier calls left.
#
# delta = restored value - %rsp just before the restore.
#
# delta_spilled:  S = %rsp after sub; lea 0x8(%rsp),%rax (S+8) ;
#   mov %rax,0x10(%rsp) ; call ; mov 0x10(%rsp),%rcx ; mov %rcx,%rsp.
#   %rsp is S at the restore -> delta 8.  objtool loses %rcx (reload).
# delta_regchain: lea 0x8(%rsp),%rbx ; call ; mov %rbx,%r12 ; call ;
#   mov %r12,%rsp -> delta 8 (objtool tracks lea + reg copies: clean).
# delta_push_args: mov %rsp,%rbx ; push $1 ; push $2 ; call ;
#   mov %rbx,%rsp  (pops the two pushed words: delta 16).
# delta_negative: lea -0x10(%rsp),%rbx ; call ; mov %rbx,%rsp
#   (allocates 16 bytes through the restore: delta -16).

	.text

	.globl	delta_spilled
	.p2align 4
	.type	delta_spilled,@function
delta_spilled:
	pushq	%rbx
	subq	$0x18, %rsp
	leaq	0x8(%rsp), %rax
	movq	%rax, 0x10(%rsp)
	call	foo
	movq	0x10(%rsp), %rcx
	movq	%rcx, %rsp			# restore site, delta 8
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	delta_spilled, .-delta_spilled

	.globl	delta_regchain
	.p2align 4
	.type	delta_regchain,@function
delta_regchain:
	pushq	%r12
	pushq	%rbx
	subq	$0x10, %rsp
	leaq	0x8(%rsp), %rbx
	call	foo
	movq	%rbx, %r12
	call	bar
	movq	%r12, %rsp			# restore site, delta 8
	addq	$0x8, %rsp
	popq	%rbx
	popq	%r12
	jmp	__x86_return_thunk
	.size	delta_regchain, .-delta_regchain

	.globl	delta_push_args
	.p2align 4
	.type	delta_push_args,@function
delta_push_args:
	pushq	%rbx
	movq	%rsp, %rbx
	pushq	$1
	pushq	$2
	call	foo
	movq	%rbx, %rsp			# restore site, delta 16
	popq	%rbx
	jmp	__x86_return_thunk
	.size	delta_push_args, .-delta_push_args

	.globl	delta_negative
	.p2align 4
	.type	delta_negative,@function
delta_negative:
	pushq	%rbx
	leaq	-0x10(%rsp), %rbx
	call	foo
	movq	%rbx, %rsp			# restore site, delta -16
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	delta_negative, .-delta_negative
