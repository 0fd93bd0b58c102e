# Pair c7_10_endbr64_vs_nop4 (b.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c7_10_endbr64_vs_nop4/b.o
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
	.byte	0x0f, 0x1f, 0x40, 0x00	# nopl 0(%rax)
	leal	1(%rdi), %eax
	ret
	.size	f, .-f
