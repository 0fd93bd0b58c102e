# Pair c8_01_static_functions_reordered (b.s); class 8-noise
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c8_01_static_functions_reordered/b.o
#
# Truth (per function):
#   f: identical -- same callees, different rel32 displacements
#   h1: identical -- same code, moved
#   h2: identical -- same code, moved
#
# Static h1/h2 (no relocations for their calls) are emitted in the opposite
# order in B, so f's call displacements differ. f calls h1 then h2 in both.
# Truth: all identical.

	.text
	.type	h2,@function
h2:
	leal	7(%rdi), %eax
	ret
	.size	h2, .-h2

	.type	h1,@function
h1:
	leal	(%rdi,%rdi,2), %eax
	ret
	.size	h1, .-h1

	.globl	f
	.type	f,@function
f:
	pushq	%rbx
	movl	%edi, %ebx
	call	h1
	movl	%ebx, %edi
	movl	%eax, %ebx
	call	h2
	addl	%ebx, %eax
	popq	%rbx
	ret
	.size	f, .-f
