# A restore reachable only through a static key: the site is a 5-byte NOP that
# the kernel patches into a jump (a __jump_table entry: s32 code, s32 target,
# long key). The CFG must follow the entry to find the construct, and objtool
# walks it too.
#
# expect: jl_spill kind=spilled-rsp redundant=yes delta=0 objtool_fail=yes
#
# Written for rspill's tests.

	.text

	.globl	jl_spill
	.p2align 4
	.type	jl_spill,@function
jl_spill:
	pushq	%rbx
	subq	$0x10, %rsp
1:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00	# static-key site (nop5)
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
2:	movq	%rsp, 0x8(%rsp)			# only reachable through __jump_table
	call	foo
	movq	0x8(%rsp), %rdx
	movq	%rdx, %rsp			# restore site
	addq	$0x10, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	jl_spill, .-jl_spill

	.pushsection __jump_table, "aw"
	.balign	8
	.long	1b - .
	.long	2b - .
	.quad	some_key - .
	.popsection
