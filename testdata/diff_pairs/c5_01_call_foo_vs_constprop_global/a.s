# Pair c5_01_call_foo_vs_constprop_global (a.s); class 5-callee-identity
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c5_01_call_foo_vs_constprop_global/a.o
#
# Truth (per function):
#   bar: changed -- calls foo (A) vs foo.constprop.0 (B)
#   foo: identical -- same code in both
#   foo.constprop.0: identical -- same code in both
#
# Both objects define foo (returns 2x) and foo.constprop.0 (returns 2x+1),
# both global so calls carry R_X86_64_PLT32 relocations by name.
# bar calls foo in A and foo.constprop.0 in B: bar returns 7 vs 8.
# A tool that strips clone suffixes from relocation targets would miss it.

	.text
	.globl	foo
	.type	foo,@function
foo:
	leal	(%rdi,%rdi), %eax
	ret
	.size	foo, .-foo

	.globl	foo.constprop.0
	.type	foo.constprop.0,@function
foo.constprop.0:
	leal	1(%rdi,%rdi), %eax
	ret
	.size	foo.constprop.0, .-foo.constprop.0

	.globl	bar
	.type	bar,@function
bar:
	movl	$3, %edi
	call	foo
	incl	%eax
	ret
	.size	bar, .-bar
