# Pair c18_10_sym_ifunc (a.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c18_10_sym_ifunc/a.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# f is STT_GNU_IFUNC in B (callers call the returned pointer), STT_FUNC in A

	.text
	.globl f; .type f,@function
f:	leaq g(%rip),%rax
	ret
	.size f, .-f
	.globl g; .type g,@function
g:	ret
	.size g, .-g

