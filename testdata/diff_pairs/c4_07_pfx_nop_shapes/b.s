# Pair c4_07_pfx_nop_shapes (b.s); class 4-padding-like-bytes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c4_07_pfx_nop_shapes/b.o
#
# Truth (per function):
#   f: identical -- prefix NOP shapes differ only
#
# __pfx_f is 16 single-byte NOPs in A and one 11-byte + one 5-byte NOP in B.
# Either way the prefix holds no hash and is only ever executed as NOPs (or
# overwritten at boot). f is byte-identical. Truth: identical.

	.text
	.globl	__pfx_f
	.type	__pfx_f,@function
__pfx_f:
	.byte	0x66, 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00
	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
	.size	__pfx_f, 16

	.globl	f
	.type	f,@function
f:
	leal	1(%rdi), %eax
	ret
	.size	f, .-f
