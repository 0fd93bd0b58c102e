# Pair c18_02_code16_in_elf64_min (b.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c18_02_code16_in_elf64_min/b.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# .code16 function: inc %ax; nop; lretw (40 90 cb) vs dec %ax (48 90 cb)


	.text
	.code16
	.globl s16; .type s16,@function
s16:	decw %ax
	nop
	lretw
	.size s16, .-s16
	.code64
