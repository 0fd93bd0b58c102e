# Pair c18_03_sec_text_trailing_nop_data (a.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c18_03_sec_text_trailing_nop_data/a.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# global NOTYPE label tbl in .text after f, holding 0x90 0x90 0x90 (A) vs 0x0f 0x1f 0x00 (B): nop-looking bytes read by others as data

	.text
	.globl f; .type f,@function
f:	ret
	.size f, .-f
	.globl tbl
tbl:	.byte 0x90,0x90,0x90

