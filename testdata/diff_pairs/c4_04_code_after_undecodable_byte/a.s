# Pair c4_04_code_after_undecodable_byte (a.s); class 4-padding-like-bytes
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c4_04_code_after_undecodable_byte/a.o
#
# Truth (per function):
#   f: changed -- code after a (bad) byte: returns 1 vs 2
#
# f jumps over a byte that is invalid in 64-bit mode (0x06) and then runs
# "movl $1,%eax" (A) vs "movl $2,%eax" (B). A tool that gives up (or stops
# comparing) at the first undecodable byte must not report identical.

	.text
	.globl	f
	.type	f,@function
f:
	jmp	.Lgo
	.byte	0x06
.Lgo:
	movl	$1, %eax
	ret
	.size	f, .-f
