# Pair c13_04_static_becomes_global (b.s); class 10-writable-data
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c13_04_static_becomes_global/b.o
#
# Truth (per function):
#   f: changed -- cnt is static in A and global in B: other objects may now write it
#
# f copies cnt to x. B makes cnt global: any other object of the link may
# write it (or define it: a different variable).

	.text
	.globl	f
	.type	f,@function
f:
	movl	cnt(%rip), %eax
	movl	%eax, x(%rip)
	ret
	.size	f, .-f
	.data
	.globl	cnt
	.type	cnt,@object
cnt:
	.long	0
	.size	cnt, 4
	.globl	x
	.type	x,@object
x:
	.long	0
	.size	x, 4
