# Pair c7_10_endbr64_vs_nop4 (a.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c7_10_endbr64_vs_nop4/a.o
#
# Truth (per function):
#   f: changed -- endbr64 vs nopl: IBT landing pad removed
#
# A: f starts with endbr64. B: with a 4-byte NOP (0f 1f 40 00). With IBT
# enabled, indirect calls to B's f fault (#CP).

	.text
	.globl	f
	.type	f,@function
f:
	endbr64
	leal	1(%rdi), %eax
	ret
	.size	f, .-f
