# Pair c18_13_sym_common_size (b.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c18_13_sym_common_size/b.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# COMMON symbol buf (SHN_COMMON, no section) size 8 vs 64


	.text
	.globl f; .type f,@function
f:	ret
	.size f, .-f
	.comm buf,64,8
