# Pair c31_05_lea_end_label (a.s); class 31-computed-entries-by-distance (blind review 117, session 49)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c31_05_lea_end_label/a.o
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

.Lfend:
	.globl g
	.type g,@function
g:	leaq .Lfend(%rip),%rcx
	subq $5,%rcx
	jmp *%rcx
	.size g,.-g
