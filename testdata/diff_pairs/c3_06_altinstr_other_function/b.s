# Pair c3_06_altinstr_other_function (b.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c3_06_altinstr_other_function/b.o
#
# Truth (per function):
#   f: identical -- its alternative is unchanged
#   g: changed -- g's replacement movl $6 vs movl $7
#
# Linux 6.x alternative: .altinstructions entry (s32 instr_offset, s32
# repl_offset, u32 ft_flags, u8 instrlen, u8 replacementlen = 14 bytes, both
# offsets PC-relative R_X86_64_PC32) patching the 5-byte "movl $1,%eax" at
# the start of f with code from .altinstr_replacement at boot when the CPU
# has the feature.
#
# f and g each have an alternative with adjacent replacements. Only g's
# replacement immediate differs (6 vs 7). f must stay identical.

	.text
	.globl	f
	.type	f,@function
f:
101:
	movl	$1, %eax
102:
	addl	%edi, %eax
	ret
	.size	f, .-f

	.pushsection .altinstructions,"a"
	.long	101b - .
	.long	103f - .
	.4byte	(9*32+4)
	.byte	102b - 101b
	.byte	104f - 103f
	.popsection

	.pushsection .altinstr_replacement,"ax"
103:
	movl	$2, %eax
104:
	.popsection

	.text
	.globl	g
	.type	g,@function
g:
201:
	movl	$5, %eax
202:
	addl	%edi, %eax
	ret
	.size	g, .-g

	.pushsection .altinstructions,"a"
	.long	201b - .
	.long	203f - .
	.4byte	(9*32+5)
	.byte	202b - 201b
	.byte	204f - 203f
	.popsection

	.pushsection .altinstr_replacement,"ax"
203:
	movl	$7, %eax
204:
	.popsection
