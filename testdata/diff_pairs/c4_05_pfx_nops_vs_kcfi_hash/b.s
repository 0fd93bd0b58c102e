# Pair c4_05_pfx_nops_vs_kcfi_hash (b.s); class 4-padding-like-bytes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c4_05_pfx_nops_vs_kcfi_hash/b.o
#
# Truth (per function):
#   f: changed -- prefix: NOPs vs kCFI hash preamble (debatable)
#
# __pfx_f is the 16-byte prefix in front of f. With kCFI the prefix is
# "movl $HASH,%eax" + NOPs and every indirect caller checks the 4 bytes at
# f-15 against the expected type hash (movl $-HASH,%r10d; addl -15(%r11),%r10d;
# je ok; ud2); FineIBT also rewrites it at boot. f's own body is identical.
# Debatable: the tool documents that __pfx_* symbols are not compared, but the
# hash decides whether indirect calls to f trap, so the truth for f is changed.
#
# A: 16 NOPs (no hash: checked indirect calls trap). B: movl $0x12345678,%eax
# + 11 NOPs.

	.text
	.globl	__pfx_f
	.type	__pfx_f,@function
__pfx_f:
	movl	$0x12345678, %eax
	.fill	11, 1, 0x90
	.size	__pfx_f, 16

	.globl	f
	.type	f,@function
f:
	leal	1(%rdi), %eax
	ret
	.size	f, .-f
