# Pair c3_02_altinstr_feature_differs (b.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c3_02_altinstr_feature_differs/b.o
#
# Truth (per function):
#   f: changed -- alternative feature bit differs
#
# Linux 6.x alternative: .altinstructions entry (s32 instr_offset, s32
# repl_offset, u32 ft_flags, u8 instrlen, u8 replacementlen = 14 bytes, both
# offsets PC-relative R_X86_64_PC32) patching the 5-byte "movl $1,%eax" at
# the start of f with code from .altinstr_replacement at boot when the CPU
# has the feature.
#
# Only ft_flags differs: feature 9*32+4 (A) vs 9*32+5 (B): on a CPU that has
# one feature and not the other, f returns 1 in one build and 2 in the other.

	.text
	.globl	f
	.type	f,@function
f:
661:
	movl	$1, %eax
662:
	ret
	.size	f, .-f

	.pushsection .altinstructions,"a"
	.long	661b - .
	.long	6641f - .
	.4byte	(9*32+5)
	.byte	662b - 661b
	.byte	6642f - 6641f
	.popsection

	.pushsection .altinstr_replacement,"ax"
6641:
	movl	$2, %eax
6642:
	.popsection
