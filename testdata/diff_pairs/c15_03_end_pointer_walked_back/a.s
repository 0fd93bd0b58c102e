# Pair c15_03_end_pointer_walked_back (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c15_03_end_pointer_walked_back/a.o
#
# Truth (per function):
#   f: changed -- f forms arr+12 (also the address of other) and reads arr[2]: 3 vs 4
#
# p = arr + 3 (one past the end); return p[-1]. In the object the relocation
# is .rodata+12, the start of `other`. Only arr[2] differs.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	arr+12(%rip), %rax
	movl	-4(%rax), %eax
	ret
	.size	f, .-f
	.section	.rodata,"a"
	.p2align	2
	.type	arr,@object
arr:
	.long	1, 2, 3
	.size	arr, 12
	.type	other,@object
other:
	.long	9
	.size	other, 4
