# Pair c18_07_sec_alloc_debug_named (b.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c18_07_sec_alloc_debug_named/b.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# ALLOCATED section named .debug_hack holding global dh: 1 vs 2


	.text
	.globl f; .type f,@function
f:	ret
	.size f, .-f
	.section .debug_hack,"a",@progbits
	.globl dh; dh: .long 2
