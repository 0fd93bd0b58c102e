# Pair c31_09_warn_ud2_end (a.s); class 31-computed-entries-by-distance (blind review 117, session 49)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c31_09_warn_ud2_end/a.o
	.text

	.p2align 4
	.globl f
	.type f,@function
f:	movl $1,%eax
1:	ud2
	.size f,.-f
	.pushsection __bug_table,"aw"
2:	.long 1b - .
	.long 0
	.word 10
	.word 1<<0 | 1<<3
	.org 2b+12
	.popsection
	nop
	.p2align 4
	.globl h
	.type h,@function
h:	movl $5,%eax
	ret
	.size h,.-h
