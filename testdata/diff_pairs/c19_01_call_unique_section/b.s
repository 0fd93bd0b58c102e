# Pair c19_01_call_unique_section (b.s); class 19-blind-review-15c
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c19_01_call_unique_section/b.o
#
# From the third blind review of diff's 'identical' (session 15, final binary), where
# rspill called this pair identical. Truth: changed.
# call into one of two sections named .text.h (,unique,1 returns 1; ,unique,2 returns 2): the relocation names the section symbol, equal by name and addend

	.section .text.h,"ax",@progbits,unique,1
.Lh1:	movl $1, %eax
	ret
	.section .text.h,"ax",@progbits,unique,2
.Lh2:	movl $2, %eax
	ret
	.section .text.f,"ax",@progbits
	.globl f
	.type f,@function
f:	call .Lh2
	ret
	.size f, .-f
