# Pair c33_04_weak_pointer (a.s); class 33-references-through-weak-symbols (blind review 129, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c33_04_weak_pointer/a.o
# ops holds f (weak) in a.s and .text (f's bytes by section) in b.s; g
# jumps through ops. A strong f elsewhere: a runs it (2), b the default (1).
	.text
	.weak f
	.type f,@function
f:	movl $1,%eax
	ret
	.size f,.-f
	.section .text.g,"ax",@progbits
	.globl g
	.type g,@function
g:	jmp *ops(%rip)
	.size g,.-g
	.section .rodata,"a",@progbits
	.p2align 3
ops:	.quad f
