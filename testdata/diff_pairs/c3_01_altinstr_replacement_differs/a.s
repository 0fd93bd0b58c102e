# Pair c3_01_altinstr_replacement_differs (a.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c3_01_altinstr_replacement_differs/a.o
#
# Truth (per function):
#   f: changed -- alternative replacement code movl $2 vs movl $3
#
# Linux 6.x alternative: .altinstructions entry (s32 instr_offset, s32
# repl_offset, u32 ft_flags, u8 instrlen, u8 replacementlen = 14 bytes, both
# offsets PC-relative R_X86_64_PC32) patching the 5-byte "movl $1,%eax" at
# the start of f with code from .altinstr_replacement at boot when the CPU
# has the feature.
#
# Only the replacement differs: movl $2 (A) vs movl $3 (B). On a CPU with
# the feature f returns 2 vs 3. f's own bytes/relocations are identical.

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
	.4byte	(9*32+4)
	.byte	662b - 661b
	.byte	6642f - 6641f
	.popsection

	.pushsection .altinstr_replacement,"ax"
6641:
	movl	$2, %eax
6642:
	.popsection
