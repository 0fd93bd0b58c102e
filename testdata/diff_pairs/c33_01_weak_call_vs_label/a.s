# Pair c33_01_weak_call_vs_label (a.s); class 33-references-through-weak-symbols (blind review 129, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c33_01_weak_call_vs_label/a.o
# f is weak. g calls it by its name in a.s (the link binds the call to a
# strong f in another object where there is one: the kernel's __weak
# defaults), and through the local label .Lf in b.s (always these bytes).
# Linked with an object defining a strong f returning 2: g returns 2 in a,
# 1 in b.
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
