# The pointer indirect.S calls through, set to ret8.

	.data
	.globl	callback
	.p2align 3
callback:
	.quad	ret8
