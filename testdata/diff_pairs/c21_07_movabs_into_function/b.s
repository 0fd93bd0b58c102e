# Pair c21_07_movabs_into_function (b.s); class 21-blind-review-16b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c21_07_movabs_into_function/b.o
#
# From the second blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# movabsq $g+8,%rax; jmp *%rax (R_X86_64_64), as in 44. Tool identical. 
# Emulated 4 vs 2. 

	.text
	.globl f
	.type f,@function
f:	movl $-1, %edi
	testl %edi, %edi
	movabsq $g+8, %rax
	jmpq *%rax
	.size f, .-f
	.section .text.g,"ax",@progbits
	.globl g
	.type g,@function
g:	testl %edi,%edi
	.byte 0x0f, 0x84
	.long .L1-.-4
	.byte 0x7c, .L2-.-1
	.byte 0x7f, .L3-.-1
	.byte 0x75, .L4-.-1
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
