# Pair c31_01_callpop_dist (a.s); class 31-computed-entries-by-distance (blind review 117, session 49)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c31_01_callpop_dist/a.o
	.text

	.p2align 4
	.globl f
	.type f,@function
f:
	movl $1,%eax
	nop; nop; nop; nop
	incl %eax
	ret
	.size f,.-f

	.globl g
	.type g,@function
g:	call 1f
1:	popq %rcx
	addq $(f+6-1b),%rcx
	jmp *%rcx
	.size g,.-g
