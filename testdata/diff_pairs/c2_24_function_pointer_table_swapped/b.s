# Pair c2_24_function_pointer_table_swapped (b.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c2_24_function_pointer_table_swapped/b.o
#
# Truth (per function):
#   f: changed -- function-pointer table entries swapped
#   h1: identical -- same code
#   h2: identical -- same code
#
# f makes an indirect call through a two-entry function-pointer table "ops"
# in .data.rel.ro (R_X86_64_64 relocations to the static h1/h2, i.e.
# .text+0 / .text+6). B swaps the two entries: f(0) returns 2 in A and 3 in
# B. f's code and its own relocation are identical.

	.text
	.type	h1,@function
h1:
	movl	$1, %eax
	ret
	.size	h1, .-h1

	.type	h2,@function
h2:
	movl	$2, %eax
	ret
	.size	h2, .-h2

	.globl	f
	.type	f,@function
f:
	pushq	%rax
	andl	$1, %edi
	leaq	ops(%rip), %rcx
	callq	*(%rcx,%rdi,8)
	incl	%eax
	popq	%rcx
	ret
	.size	f, .-f

	.section	.data.rel.ro,"aw",@progbits
	.p2align	3
	.type	ops,@object
ops:
	.quad	h2
	.quad	h1
	.size	ops, 16
