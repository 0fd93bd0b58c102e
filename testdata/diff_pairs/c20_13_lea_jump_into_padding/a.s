# Pair c20_13_lea_jump_into_padding (a.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c20_13_lea_jump_into_padding/a.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# f computes g+1 (inside g trailing padding) and jumps there indirectly: A 
# slides over NOPs into h (returns 7), B hits int3.

	.text
	.globl f
	.type f,@function
f:
	leaq g+1(%rip), %rax
	jmp *%rax
	.size f, .-f
	.globl g
	.type g,@function
g:	ret
	.byte 0x90, 0x90, 0x90
	.size g, .-g
	.globl h
	.type h,@function
h:	movl $7, %eax
	ret
	.size h, .-h
