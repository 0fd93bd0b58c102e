# Pair c18_11_sym_global_to_local (b.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c18_11_sym_global_to_local/b.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# f is global in A, local in B: other objects calling f can no longer link/resolve to it


	.text
	.type f,@function
f:	movl $1,%eax
	ret
	.size f, .-f
	.globl g; .type g,@function
g:	jmp f
	.size g, .-g
