# Pair c3_04_altinstr_site_differs (b.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c3_04_altinstr_site_differs/b.o
#
# Truth (per function):
#   f: changed -- alternative patches the 2nd (A) vs 1st (B) movl
#
# Linux 6.x alternative: .altinstructions entry (s32 instr_offset, s32
# repl_offset, u32 ft_flags, u8 instrlen, u8 replacementlen = 14 bytes, both
# offsets PC-relative R_X86_64_PC32) patching the 5-byte "movl $1,%eax" at
# the start of f with code from .altinstr_replacement at boot when the CPU
# has the feature.
#
# f = "movl $1,%eax; movl $2,%eax; ret". The replacement is a 5-byte NOP in
# both; A patches the second movl (f returns 1 with the feature), B patches
# the first (f returns 2). Only instr_offset (the .text addend) differs.

	.text
	.globl	f
	.type	f,@function
f:
661:
	movl	$1, %eax
662:
	movl	$2, %eax
	ret
	.size	f, .-f

	.pushsection .altinstructions,"a"
	.long	661b - .
	.long	6641f - .
	.4byte	(3*32+21)
	.byte	662b - 661b
	.byte	6642f - 6641f
	.popsection

	.pushsection .altinstr_replacement,"ax"
6641:
	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
6642:
	.popsection
