# Pair c7_01_data16_jcc (a.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c7_01_data16_jcc/a.o
#
# Truth (per function):
#   f: changed -- 0x66 on je: 16-bit target truncation on AMD
#
# A: 66-prefixed je (".byte 0x66; je"): on AMD CPUs the operand-size prefix
# truncates the branch target to 16 bits (on Intel it is ignored), so the
# taken branch goes to a different address. B: plain je.

	.text
	.globl	f
	.type	f,@function
f:
	xorl	%eax, %eax
	testl	%edi, %edi
	.byte	0x66
	je	.Lz
	movl	$1, %eax
.Lz:
	ret
	.size	f, .-f
