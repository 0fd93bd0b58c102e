# Pair c4_07_pfx_nop_shapes (a.s); class 4-padding-like-bytes
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c4_07_pfx_nop_shapes/a.o
#
# Truth (per function):
#   f: changed -- prefix NOP shapes differ
#
# __pfx_f is 16 single-byte NOPs in A and one 11-byte + one 5-byte NOP in B.
# The prefix holds no hash, but with call-depth tracking the kernel patches
# its accounting thunk in only over exactly 16 single-byte NOPs
# (arch/x86/kernel/callthunks.c, patch_dest(): "Invalid padding area"), so in
# B calls to f are not redirected. Truth: changed (the first version of this
# pair said identical; corrected in session 16 after a blind review).

	.text
	.globl	__pfx_f
	.type	__pfx_f,@function
__pfx_f:
	.fill	16, 1, 0x90
	.size	__pfx_f, 16

	.globl	f
	.type	f,@function
f:
	leal	1(%rdi), %eax
	ret
	.size	f, .-f
