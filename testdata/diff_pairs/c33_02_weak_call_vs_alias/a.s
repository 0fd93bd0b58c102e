# Pair c33_02_weak_call_vs_alias (a.s); class 33-references-through-weak-symbols (blind review 129, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c33_02_weak_call_vs_alias/a.o
# f is weak, f_impl a global alias of the same bytes. g calls f in a.s
# and f_impl in b.s: a strong f elsewhere takes a's call only (2 vs 1).
	.text
	.weak f
	.type f,@function
	.globl f_impl
	.type f_impl,@function
f:
f_impl:	movl $1,%eax
	ret
	.size f,.-f
	.size f_impl,.-f_impl
	.section .text.g,"ax",@progbits
	.globl g
	.type g,@function
g:	call f
	ret
	.size g,.-g
