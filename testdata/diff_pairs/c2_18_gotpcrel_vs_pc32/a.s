# Pair c2_18_gotpcrel_vs_pc32 (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_18_gotpcrel_vs_pc32/a.o
#
# Truth (per function):
#   f: changed -- GOTPCREL (address of gsym) vs PC32 (value of gsym)
#
# Both encode as 48 8b 05 00 00 00 00 with a relocation against gsym-4.
# A: R_X86_64_REX_GOTPCRELX -> loads the GOT entry, i.e. returns &gsym.
# B: R_X86_64_PC32 -> loads 8 bytes at gsym, i.e. returns the value of gsym.
# Only the relocation type differs.

	.text
	.globl	f
	.type	f,@function
f:
	movq	gsym@GOTPCREL(%rip), %rax
	ret
	.size	f, .-f
