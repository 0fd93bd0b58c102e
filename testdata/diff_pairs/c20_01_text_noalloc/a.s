# Pair c20_01_text_noalloc (a.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c20_01_text_noalloc/a.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# B's section lacks SHF_ALLOC: module loader does not load it (and ld will 
# not allocate it in the image); f does not exist at run time.

	.section .ktext.f,"ax",@progbits
	.globl f
	.type f,@function
f:
	movl $1, %eax
	ret
	.size f, .-f
