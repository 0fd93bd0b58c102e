# Pair c3_09_jump_table_functions_reordered (a.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c3_09_jump_table_functions_reordered/a.o
#
# Truth (per function):
#   f: identical -- same code/target/key, different offsets
#   g: identical -- same code/target/key, different offsets
#
# __jump_table entry (s32 code, s32 target, s64 key, each PC-relative to its
# own field) for a static branch: when the key is enabled the kernel rewrites
# the 5-byte NOP at "code" into "jmp target".
#
# f and g each have one static branch (different keys). B emits g first, so
# code offsets, jump-table entry order and all addends differ. Truth: identical.

	.text
	.globl	f
	.type	f,@function
f:
11:
	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
	xorl	%eax, %eax
	ret
.Lf_yes:
	movl	$1, %eax
	ret
	.size	f, .-f

	.pushsection __jump_table,"aw"
	.balign	8
	.long	11b - .
	.long	.Lf_yes - .
	.quad	key_f - .
	.popsection

	.text
	.globl	g
	.type	g,@function
g:
12:
	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
	xorl	%eax, %eax
	ret
.Lg_yes:
	movl	$1, %eax
	ret
	.size	g, .-g

	.pushsection __jump_table,"aw"
	.balign	8
	.long	12b - .
	.long	.Lg_yes - .
	.quad	key_g - .
	.popsection
