# Pair c19_06_pfe_prefix_bytes (b.s); class 19-blind-review-15c
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c19_06_pfe_prefix_bytes/b.o
#
# From the third blind review of diff's 'identical' (session 15, final binary), where
# rspill called this pair identical. Truth: changed.
# __patchable_function_entries points 2 bytes before f: the patch site holds int3 (A) vs nop (B)

	.text
	.globl f
	.p2align 4
	.skip 14, 0x90
.Lp:
	.skip 2, 0x90
	.type f,@function
f:
	ret
	.size f, .-f
	.section __patchable_function_entries,"awo",@progbits,f
	.quad .Lp
