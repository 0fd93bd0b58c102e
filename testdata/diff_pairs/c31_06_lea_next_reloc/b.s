# Pair c31_06_lea_next_reloc (b.s); class 31-computed-entries-by-distance (blind review 117, session 49)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c31_06_lea_next_reloc/b.o
	.text

	.p2align 4
	.globl f
	.type f,@function
f:
	movl $1,%eax
	.byte 0x0f,0x1f,0x40,0x00
	incl %eax
	ret
	.size f,.-f

	.globl h
	.type h,@function
h:	ret
	.size h,.-h
	.section .text.g,"ax",@progbits
	.globl g
	.type g,@function
g:	leaq h(%rip),%rcx
	subq $5,%rcx
	jmp *%rcx
	.size g,.-g
