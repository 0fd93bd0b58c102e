# Pair c19_02_extable_fixup_unique_section (a.s); class 19-blind-review-15c
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c19_02_extable_fixup_unique_section/a.o
#
# From the third blind review of diff's 'identical' (session 15, final binary), where
# rspill called this pair identical. Truth: changed.
# __ex_table fixup into one of two .fixup sections (,unique,N): -EFAULT (A) vs 0 (B) on a fault in f

	.section .fixup,"ax",@progbits,unique,1
.Lf1:	movl $-14, %eax
	ret
	.section .fixup,"ax",@progbits,unique,2
.Lf2:	xorl %eax, %eax
	ret
	.text
	.globl f
	.type f,@function
f:
.La:	movq (%rdi), %rax
	ret
	.size f, .-f
	.section __ex_table,"a",@progbits
	.long .La - .
	.long .Lf1 - .
	.long 0
