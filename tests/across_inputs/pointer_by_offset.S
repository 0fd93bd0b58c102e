# The same pointer as pointer.S, named from another symbol: ret8 is at
# indirect.o's .text+0 and calls_through at +0x10, so calls_through-0x10
# is ret8.

	.data
	.globl	callback
	.p2align 3
callback:
	.quad	calls_through-0x10
