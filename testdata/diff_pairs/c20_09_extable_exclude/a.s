# Pair c20_09_extable_exclude (a.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c20_09_extable_exclude/a.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# B __ex_table has SHF_EXCLUDE: the linker discards it, so f load has no 
# exception fixup at run time in B (fault -> oops) while A recovers at the 
# fixup.

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
