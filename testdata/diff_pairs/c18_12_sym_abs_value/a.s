# Pair c18_12_sym_abs_value (a.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c18_12_sym_abs_value/a.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# global absolute symbol K (SHN_ABS, e.g. __crc_*/asm-offsets-style constant used by other objects) 5 vs 6

	.text
	.globl f; .type f,@function
f:	ret
	.size f, .-f
	.globl K
	.set K, 5

