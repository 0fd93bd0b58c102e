# Pair c21_05_lea_into_function_shifted (b.s); class 21-blind-review-16b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c21_05_lea_into_function_shifted/b.o
#
# From the second blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# f: leaq g+4(%rip),%rax; jmp *%rax. g differs only in jne short vs near 
# (normalised, so g is 'identical'). In A g+4 is mov $1;ret; in B g+4 is 
# inside the jne, giving #UD. The tool compares the lea operand as the raw 
# symbol+addend 'g+4' and does not check instruction boundaries for code 
# references (data references are checked, see 42/43). Emulated: A eax=1, B 
# invalid instruction. 

	.text
	.globl f
	.type f,@function
f:	leaq g+4(%rip), %rax
	jmpq *%rax
	.size f, .-f
	.section .text.g,"ax",@progbits
	.globl g
	.type g,@function
g:	testl %edi,%edi
	.byte 0x0f,0x85
	.long 6
	movl $1,%eax
	ret
1:	movl $2,%eax
	ret
	.size g, .-g
