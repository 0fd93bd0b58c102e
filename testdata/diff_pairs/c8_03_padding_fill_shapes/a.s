# Pair c8_03_padding_fill_shapes (a.s); class 8-noise
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c8_03_padding_fill_shapes/a.o
#
# Truth (per function):
#   f: identical -- only padding after the symbol differs
#   g: identical -- only padding after the symbol differs
#   h: changed -- same code at the same offset, but b's 12 single-byte nops
#      before it are room call-depth tracking patches its accounting thunk
#      into (callthunks.c patch_dest; blind review 133, session 51)
#
# Alignment padding after each function, outside its symbol size and after
# an unconditional ret (never reached): A uses the assembler's multi-byte NOP
# fill, B fills with int3 (0xcc) and single 0x90. Truth: f and g identical.

	.text
	.globl	f
	.type	f,@function
f:
	leal	1(%rdi), %eax
	ret
	.size	f, .-f
	.p2align	4

	.globl	g
	.type	g,@function
g:
	leal	2(%rdi), %eax
	ret
	.size	g, .-g
	.p2align	4

	.globl	h
	.type	h,@function
h:
	xorl	%eax, %eax
	ret
	.size	h, .-h
