# Pair c15_04_end_pointer_in_data (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c15_04_end_pointer_in_data/a.o
#
# Truth (per function):
#   f: changed -- f loads the end pointer arr+12 from r and reads end[-1] = arr[2]: 3 vs 4
#
# struct range { int *begin, *end; } r = { arr, arr + 3 }; f returns
# r.end[-1]. The end pointer is .rodata+12 in the object, where `other`
# starts; only arr differs. (rspill may say unknown: it cannot tell an end
# pointer from a pointer to the next object.)

	.text
	.globl	f
	.type	f,@function
f:
	movq	r+8(%rip), %rax
	movl	-4(%rax), %eax
	ret
	.size	f, .-f
	.section	.data.rel.ro,"aw"
	.p2align	3
	.type	r,@object
r:
	.quad	arr
	.quad	arr+12
	.size	r, 16
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
