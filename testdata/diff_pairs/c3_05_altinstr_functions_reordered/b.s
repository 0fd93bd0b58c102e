# Pair c3_05_altinstr_functions_reordered (b.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c3_05_altinstr_functions_reordered/b.o
#
# Truth (per function):
#   f: identical -- same code and alternative, different offsets
#   g: identical -- same code and alternative, different offsets
#
# Linux 6.x alternative: .altinstructions entry (s32 instr_offset, s32
# repl_offset, u32 ft_flags, u8 instrlen, u8 replacementlen = 14 bytes, both
# offsets PC-relative R_X86_64_PC32) patching the 5-byte "movl $1,%eax" at
# the start of f with code from .altinstr_replacement at boot when the CPU
# has the feature.
#
# f and g each have an alternative. B emits g (text, .altinstructions entry and
# replacement) before f, so every offset/addend differs. Each function is
# patched with the same replacement under the same feature. Truth: identical.

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
	movl	$6, %eax
204:
	.popsection

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
