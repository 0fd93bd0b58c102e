# Pair c3_03_altinstr_replacement_call_target (b.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c3_03_altinstr_replacement_call_target/b.o
#
# Truth (per function):
#   f: changed -- replacement calls f_fast vs f_fast2 (relocation only)
#
# Linux 6.x alternative: .altinstructions entry (s32 instr_offset, s32
# repl_offset, u32 ft_flags, u8 instrlen, u8 replacementlen = 14 bytes, both
# offsets PC-relative R_X86_64_PC32) patching the 5-byte "movl $1,%eax" at
# the start of f with code from .altinstr_replacement at boot when the CPU
# has the feature.
#
# The original is "call f_generic"; the replacement is "call f_fast" (A) vs
# "call f_fast2" (B). The replacement bytes are identical (e8 00000000); only
# the relocation symbol inside .altinstr_replacement differs.

	.text
	.globl	f
	.type	f,@function
f:
661:
	call	f_generic
662:
	ret
	.size	f, .-f

	.pushsection .altinstructions,"a"
	.long	661b - .
	.long	6641f - .
	.4byte	(7*32+12)
	.byte	662b - 661b
	.byte	6642f - 6641f
	.popsection

	.pushsection .altinstr_replacement,"ax"
6641:
	call	f_fast2
6642:
	.popsection
