# Pair c19_07_mcount_unique_section (a.s); class 19-blind-review-15c
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c19_07_mcount_unique_section/a.o
#
# From the third blind review of diff's 'identical' (session 15, final binary), where
# rspill called this pair identical. Truth: changed.
# __mcount_loc .quad .text.f: the first .text.f (f) in A, the second (,unique,2: g) through .Lg in B

	.section .text.f,"ax",@progbits
	.globl f, g
	.type f,@function
f:	call __fentry__
	ret
	.size f, .-f
	.section .text.f,"ax",@progbits,unique,2
	.type g,@function
g:	call __fentry__
	ret
	.size g, .-g
	.section __mcount_loc,"a",@progbits
	.quad .text.f
