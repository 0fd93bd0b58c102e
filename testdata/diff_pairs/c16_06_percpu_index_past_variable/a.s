# Pair c16_06_percpu_index_past_variable (a.s); class 2-data-bounds
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c16_06_percpu_index_past_variable/a.o
#
# Truth (per function):
#   f: changed -- %gs:pcv(,%rdi,4) with rdi 0..1 reads the next per-cpu variable, 2 vs 3
#
# A per-cpu access with an index past the 4-byte variable.

	.text
	.globl	f
	.type	f,@function
f:
	andl	$1, %edi
	movl	%gs:pcv(,%rdi,4), %eax
	ret
	.size	f, .-f
	.section	.data..percpu,"aw"
	.type	pcv,@object
pcv:
	.long	1
	.size	pcv, 4
	.type	pcw,@object
pcw:
	.long	2
	.size	pcw, 4
