# Pair c33_06_weak_call_both (a.s); class 33-references-through-weak-symbols (blind review 129, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c33_06_weak_call_both/a.o
# Control: g calls the weak f by its name in both: the same reference.
	.text
	.weak f
	.type f,@function
f:	movl $1,%eax
	ret
	.size f,.-f
	.section .text.g,"ax",@progbits
	.globl g
	.type g,@function
g:	call f
	ret
	.size g,.-g
