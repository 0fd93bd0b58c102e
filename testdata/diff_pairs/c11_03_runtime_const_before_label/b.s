# Pair c11_03_runtime_const_before_label (b.s); class 3-kernel-tables
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c11_03_runtime_const_before_label/b.o
#
# Truth (per function):
#   f: identical -- runtime_shift_ patches the shift count of the first
#      instruction, before any branch target, in both
#   g: changed -- the patched field is in the first instruction in A and in
#      the second (a different shift) in B
#
# runtime-const (arch/x86/include/asm/runtime-const.h) records the address of
# an immediate the kernel rewrites at boot (d_hash_shift). Nothing branches
# inside f, so the patched instruction comes before any label.

	.text
	.globl	f
	.type	f,@function
f:
	movl	%edi, %eax
	shrl	$12, %eax
2:
	ret
	.size	f, .-f

	.globl	g
	.type	g,@function
g:
	movl	%edi, %eax
	shrl	$12, %eax
3:
	shrl	$12, %eax
4:
	ret
	.size	g, .-g

	.section runtime_shift_d_hash_shift,"a"
	.long	2b - 1 - .
	.long	4b - 1 - .
