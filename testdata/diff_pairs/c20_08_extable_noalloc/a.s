# Pair c20_08_extable_noalloc (a.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c20_08_extable_noalloc/a.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# B __ex_table lacks SHF_ALLOC: the linker keeps it as non-alloc (not 
# loaded), so the exception fixup for the load in f does not exist at run 
# time; a fault oopses instead of jumping to the fixup.

	.text
	.globl f
	.type f,@function
f:
1:	movl (%rdi), %eax
2:	ret
	.size f, .-f
	.section __ex_table,"a"
	.p2align 2
	.long 1b - .
	.long 2b - .
	.long 3
