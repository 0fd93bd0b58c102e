# Pair c31_03_next_minus (b.s); class 31-computed-entries-by-distance (blind review 117, session 49)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c31_03_next_minus/b.o
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
	.globl g
	.type g,@function
g:	leaq h(%rip),%rcx
	subq $(h-f-6),%rcx
	jmp *%rcx
	.size g,.-g
