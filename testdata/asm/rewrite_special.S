# Redundant restores that `rspill rewrite` must nevertheless refuse, because the
# kernel patches or looks up their bytes at run time.
#
# expect: alt_site_restore kind=rsp-register-chain redundant=yes delta=0 objtool_fail=no
# expect: extable_restore kind=rsp-register-chain redundant=yes delta=0 objtool_fail=no
#
# alt_site_restore: the restore lies inside the original instructions of an
#   .altinstructions entry (struct alt_instr, 6.12: s32 instr_offset,
#   s32 repl_offset, u32 ft_flags, u8 instrlen, u8 replacementlen).
# extable_restore: the restore's address is an exception-table entry.
# Written for rspill's tests.

	.text

	.globl	alt_site_restore
	.p2align 4
	.type	alt_site_restore,@function
alt_site_restore:
	pushq	%rbx
	movq	%rsp, %rbx
	call	foo
661:	movq	%rbx, %rsp			# restore site, patched by alternatives
662:
	popq	%rbx
	jmp	__x86_return_thunk
	.size	alt_site_restore, .-alt_site_restore

	.pushsection .altinstructions,"a"
	.long	661b - .
	.long	6631f - .
	.4byte	0
	.byte	662b - 661b
	.byte	6632f - 6631f
	.popsection
	.pushsection .altinstr_replacement,"ax"
6631:	movq	%rbx, %rsp
6632:
	.popsection

	.globl	extable_restore
	.p2align 4
	.type	extable_restore,@function
extable_restore:
	pushq	%rbx
	movq	%rsp, %rbx
	call	foo
1:	movq	%rbx, %rsp			# restore site, listed in __ex_table
	popq	%rbx
	jmp	__x86_return_thunk
	.size	extable_restore, .-extable_restore

	.pushsection __ex_table,"a"
	.balign	4
	.long	1b - .
	.long	1b - .
	.long	0
	.popsection
