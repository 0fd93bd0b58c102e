# Pair c3_07_jump_table_target (a.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c3_07_jump_table_target/a.o
#
# Truth (per function):
#   f: changed -- static-branch target .Lyes1 vs .Lyes2
#
# __jump_table entry (s32 code, s32 target, s64 key, each PC-relative to its
# own field) for a static branch: when the key is enabled the kernel rewrites
# the 5-byte NOP at "code" into "jmp target".
#
# A: target .Lyes1 (f returns 1 when enabled). B: target .Lyes2 (returns 2).
# The code of f is byte-identical; only the target addend differs.

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
	.quad	some_key - .
	.popsection
