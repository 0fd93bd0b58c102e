# Pair c2_06_constpool_cst8 (a.s); class 2-data-via-relocations
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c2_06_constpool_cst8/a.o
#
# Truth (per function):
#   f: changed -- constant pool 2.5 vs 3.5
#
# Constant pool in .rodata.cst8 (mergeable): f multiplies by 2.5 in A and by
# 3.5 in B. Code and relocation (.LCPI0_0-4) are identical.

	.text
	.globl	f
	.type	f,@function
f:
	mulsd	.LCPI0_0(%rip), %xmm0
	ret
	.size	f, .-f

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3
.LCPI0_0:
	.quad	0x4004000000000000		# 2.5
