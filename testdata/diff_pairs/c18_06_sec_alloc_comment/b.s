# Pair c18_06_sec_alloc_comment (b.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c18_06_sec_alloc_comment/b.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# ALLOCATED section named .comment holding global cm: 1 vs 2


	.text
	.globl f; .type f,@function
f:	ret
	.size f, .-f
	.section .comment,"a",@progbits
	.globl cm; cm: .long 2
