# Pair c12_07_shared_object_reordered (b.s); class 2-data
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c12_07_shared_object_reordered/b.o
#
# Truth (per function):
#   f: identical -- f reads q through p: 5 in both
#   g: identical -- g returns &q, the same object f reaches, in both
#
# f reaches q through p, g names q directly. B lays p, q and an unrelated
# object o with q's content out in another order; both functions do the same.

	.text
	.globl	f
	.type	f,@function
f:
	movq	p(%rip), %rax
	movq	(%rax), %rax
	ret
	.size	f, .-f
	.globl	g
	.type	g,@function
g:
	leaq	q(%rip), %rax
	ret
	.size	g, .-g
	.section	.rodata,"a"
	.p2align	3
	.type	o,@object
o:
	.quad	5
	.size	o, 8
	.type	q,@object
q:
	.quad	5
	.size	q, 8
	.type	p,@object
p:
	.quad	q
	.size	p, 8
