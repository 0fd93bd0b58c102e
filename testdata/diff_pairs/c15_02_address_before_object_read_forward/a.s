# Pair c15_02_address_before_object_read_forward (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c15_02_address_before_object_read_forward/a.o
#
# Truth (per function):
#   f: changed -- f forms x-4 (the address of w) and reads 4 bytes further: x, 5 vs 6
#
# A one-based view of x: base = x - 4, f returns base[1] = x[0]. The
# relocation is section-relative (.rodata+0, where w is): only x differs.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	x-4(%rip), %rax
	movl	4(%rax), %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	2
	.type	w,@object
w:
	.long	1
	.size	w, 4
	.type	x,@object
x:
	.long	5
	.size	x, 4
