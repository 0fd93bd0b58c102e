# Pair c31_07_lea_prev_reloc (b.s); class 31-computed-entries-by-distance (blind review 117, session 49)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c31_07_lea_prev_reloc/b.o
	.text

	.globl p
	.type p,@function
p:	movl $7,%eax
	ret
	.size p,.-p

	.p2align 4
	.globl f
	.type f,@function
f:
	movl $1,%eax
	.byte 0x0f,0x1f,0x40,0x00
	incl %eax
	ret
	.size f,.-f

	.section .text.g,"ax",@progbits
	.globl g
	.type g,@function
g:	leaq p(%rip),%rcx
	addq $22,%rcx
	jmp *%rcx
	.size g,.-g
