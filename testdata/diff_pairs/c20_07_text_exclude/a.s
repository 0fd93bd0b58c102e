# Pair c20_07_text_exclude (a.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c20_07_text_exclude/a.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# B .ktext.f has SHF_EXCLUDE: the linker discards the section from the 
# output; f does not exist at run time (reference from elsewhere would be 
# dangling / error).

	.section .ktext.f,"ax",@progbits
	.globl f
	.type f,@function
f:
	movl $1, %eax
	ret
	.size f, .-f
