# Pair c5_02_call_foo_vs_constprop_local (a.s); class 5-callee-identity
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c5_02_call_foo_vs_constprop_local/a.o
#
# Truth (per function):
#   bar: changed -- calls local foo.constprop.0 (A) vs global foo (B)
#   foo: identical -- same code in both
#   foo.constprop.0: identical -- same code in both
#
# gcc-like: foo is global, foo.constprop.0 is a static clone in the same
# .text, so "call foo.constprop.0" has no relocation (rel32 resolved by the
# assembler) while "call foo" has one (global). bar returns 7 vs 8.

	.text
	.type	foo.constprop.0,@function
foo.constprop.0:
	leal	1(%rdi,%rdi), %eax
	ret
	.size	foo.constprop.0, .-foo.constprop.0

	.globl	foo
	.type	foo,@function
foo:
	leal	(%rdi,%rdi), %eax
	ret
	.size	foo, .-foo

	.globl	bar
	.type	bar,@function
bar:
	movl	$3, %edi
	call	foo.constprop.0
	incl	%eax
	ret
	.size	bar, .-bar
