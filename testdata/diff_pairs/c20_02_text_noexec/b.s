# Pair c20_02_text_noexec (b.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c20_02_text_noexec/b.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# B section .ktext.f lacks SHF_EXECINSTR: module loader/linker maps it 
# non-executable (NX); calling f faults.

	.section .ktext.f,"a",@progbits
	.globl f
	.type f,@function
f:
	movl $1, %eax
	ret
	.size f, .-f
