# Pair c15_12_address_moved_then_read (b.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c15_12_address_moved_then_read/b.o
#
# Truth (per function):
#   f: changed -- f reads ta+36 = tb[1]: 7 in A, 70 in B
#
# f forms ta, adds 32 (the size of ta) and reads 4 bytes further: tb[1].

	.text
	.globl	f
	.type	f,@function
f:
	leaq	ta(%rip), %rcx
	addq	$32, %rcx
	movl	4(%rcx), %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	4
ta:
	.long	3, 1, 4, 1, 5, 9, 2, 6
tb:
	.long	2, 70, 1, 8, 2, 8, 1, 8
