# Pair c18_08_sec_alloc_rela_named (a.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c18_08_sec_alloc_rela_named/a.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# allocated PROGBITS section named .rela.fake holding global rf: 1 vs 2

	.text
	.globl f; .type f,@function
f:	ret
	.size f, .-f
	.section .rela.fake,"a",@progbits
	.globl rf; rf: .long 1

