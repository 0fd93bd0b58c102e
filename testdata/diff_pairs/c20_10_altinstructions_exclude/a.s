# Pair c20_10_altinstructions_exclude (a.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c20_10_altinstructions_exclude/a.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# B .altinstructions has SHF_EXCLUDE: the linker discards it, so the 
# alternative (mov $2) is never patched in on CPUs with the feature; A 
# patches it.

	.text
	.globl f
	.type f,@function
f:
661:	movl $1, %eax
662:
	ret
	.size f, .-f
	.section .altinstructions,"a"
	.long 661b - .
	.long 663f - .
	.4byte (3*32+16)
	.byte 662b-661b
	.byte 664f-663f
	.section .altinstr_replacement,"ax"
663:	movl $2, %eax
664:
