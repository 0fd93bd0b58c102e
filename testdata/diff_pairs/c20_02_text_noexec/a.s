# Pair c20_02_text_noexec (a.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c20_02_text_noexec/a.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# B section .ktext.f lacks SHF_EXECINSTR: module loader/linker maps it 
# non-executable (NX); calling f faults.

	.section .ktext.f,"ax",@progbits
	.globl f
	.type f,@function
f:
	movl $1, %eax
	ret
	.size f, .-f
