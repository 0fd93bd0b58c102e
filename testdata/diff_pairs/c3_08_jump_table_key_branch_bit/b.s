# Pair c3_08_jump_table_key_branch_bit (b.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c3_08_jump_table_key_branch_bit/b.o
#
# Truth (per function):
#   f: changed -- jump-table key branch bit 0 vs 1
#
# __jump_table entry (s32 code, s32 target, s64 key, each PC-relative to its
# own field) for a static branch: when the key is enabled the kernel rewrites
# the 5-byte NOP at "code" into "jmp target".
#
# The key field is "some_key - ." in A and "some_key + 1 - ." in B: bit 0 of the
# key is the branch/likely bit (static_branch_likely vs _unlikely), which
# inverts when the site is patched to a jmp: with the key in the same state
# f returns 0 in one build and 1 in the other.

	.text
	.globl	f
	.type	f,@function
f:
1:
	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00	# static_branch site (5-byte NOP)
	xorl	%eax, %eax
	ret
.Lyes1:
	movl	$1, %eax
	ret
.Lyes2:
	movl	$2, %eax
	ret
	.size	f, .-f

	.pushsection __jump_table,"aw"
	.balign	8
	.long	1b - .
	.long	.Lyes1 - .
	.quad	some_key + 1 - .
	.popsection
