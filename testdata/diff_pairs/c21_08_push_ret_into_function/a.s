# Pair c21_08_push_ret_into_function (a.s); class 21-blind-review-16b
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c21_08_push_ret_into_function/a.o
#
# From the second blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# pushq $g+8; ret (R_X86_64_32S), as in 44. Tool identical. Emulated 4 vs 2. 

	.text
	.globl f
	.type f,@function
f:	movl $-1, %edi
	testl %edi, %edi
	pushq $g+8
	ret
	.size f, .-f
	.section .text.g,"ax",@progbits
	.globl g
	.type g,@function
g:	testl %edi,%edi
	.byte 0x74, .L1-.-1
	.byte 0x7c, .L2-.-1
	.byte 0x7f, .L3-.-1
	.byte 0x0f, 0x85
	.long .L4-.-4
	xorl %eax,%eax
	ret
.L1:	movl $1,%eax
	ret
.L2:	movl $2,%eax
	ret
.L3:	movl $3,%eax
	ret
.L4:	movl $4,%eax
	ret
	.size g, .-g
