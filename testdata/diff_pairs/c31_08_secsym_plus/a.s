# Pair c31_08_secsym_plus (a.s); class 31-computed-entries-by-distance (blind review 117, session 49)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c31_08_secsym_plus/a.o
	.text

	.globl p
	.type p,@function
p:	movl $7,%eax
	ret
	.size p,.-p

	.p2align 4
	
	.type f,@function
f:
	movl $1,%eax
	nop; nop; nop; nop
	incl %eax
	ret
	.size f,.-f

	.section .text.g,"ax",@progbits
	.globl g
	.type g,@function
g:	leaq .text(%rip),%rcx
	addq $22,%rcx
	jmp *%rcx
	.size g,.-g
