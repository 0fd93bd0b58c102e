# Pair c21_06_lea_into_function_other_insn (a.s); class 21-blind-review-16b
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c21_06_lea_into_function_other_insn/a.o
#
# From the second blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# Like 41, but g+8 is an instruction boundary in both: 4 jccs encoded s,s,s,n 
# (A) vs n,s,s,s (B), same size. g+8 is 'jne L4' in A and 'jl L2' in B. f: 
# leaq g+8; jmp *%rax. Emulated: returns 4 vs 2. Tool: both identical, exit 
# 0. 

	.text
	.globl f
	.type f,@function
f:	movl $-1, %edi
	testl %edi, %edi
	leaq g+8(%rip), %rax
	jmpq *%rax
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
