# Spilled %rsp copy restored on a path that then ends in a no-return
# (ud2 = BUG()) without any further stack operation.
#
# expect: spill_noreturn kind=spilled-rsp redundant=no delta=unknown objtool_fail=yes
#
# The restore writes the value %rsp holds (delta 0), but it is not claimed:
# the ud2 that ends the function has no __bug_table entry saying it is a
# BUG, so rspill takes it that the kernel may resume after it (a WARN),
# and then the path runs past the function's end into bytes it does not
# own (session 51, blind review 141).
#
# The copy is stored straight to the slot (mov %rsp,0x8(%rsp)) and
# reloaded into %rcx, so objtool makes the CFA undefined at
# mov %rcx,%rsp.  Because no stack operation follows before the ud2, the
# validation pass stays quiet and the problem only surfaces when the ORC
# table is generated: "unknown CFA base reg -1" (the message from the
# kernel report, llvm-project#206973), at the instruction after the
# restore.  The other path returns normally and is not affected.

	.text

	.globl	spill_noreturn
	.p2align 4
	.type	spill_noreturn,@function
spill_noreturn:
	pushq	%rbx
	subq	$0x10, %rsp
	movq	%rsp, 0x8(%rsp)
	call	foo
	testl	%eax, %eax
	jne	1f
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
1:	movq	0x8(%rsp), %rcx
	movq	%rcx, %rsp			# restore site
	xorl	%eax, %eax
	call	clear_pages_helper
	ud2
	.size	spill_noreturn, .-spill_noreturn
