# Pair c3_19_return_sites_functions_reordered (a.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c3_19_return_sites_functions_reordered/a.o
#
# Truth (per function):
#   f: identical -- same code and return site, different offsets
#   g: identical -- same code and return site, different offsets
#
# f and g each have a .return_sites entry; B emits g first (code and entry
# order swapped, all addends differ). Truth: identical.

	.text
	.globl	f
	.type	f,@function
f:
	movl	$1, %eax
31:
	jmp	__x86_return_thunk
	.size	f, .-f

	.pushsection .return_sites,"a"
	.long	31b - .
	.popsection

	.text
	.globl	g
	.type	g,@function
g:
	movl	$2, %eax
32:
	jmp	__x86_return_thunk
	.size	g, .-g

	.pushsection .return_sites,"a"
	.long	32b - .
	.popsection
