# Pair c3_20_altinstr_instrlen (a.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c3_20_altinstr_instrlen/a.o
#
# Truth (per function):
#   f: changed -- alternative instrlen 5 vs 7 (incl patched away in B)
#
# Linux 6.x alternative: .altinstructions entry (s32 instr_offset, s32
# repl_offset, u32 ft_flags, u8 instrlen, u8 replacementlen = 14 bytes, both
# offsets PC-relative R_X86_64_PC32) patching the 5-byte "movl $1,%eax" at
# the start of f with code from .altinstr_replacement at boot when the CPU
# has the feature.
#
# Same replacement (movl $5,%eax). A: instrlen 5 covers only the movl, the
# following "incl %eax" survives -> f returns 6 with the feature. B: instrlen 7
# also covers the incl (apply_alternatives pads the rest with NOPs) -> f
# returns 5. Only the u8 instrlen differs.

	.text
	.globl	f
	.type	f,@function
f:
661:
	movl	$1, %eax
662:
	incl	%eax
663:
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
	movl	$5, %eax
6642:
	.popsection
