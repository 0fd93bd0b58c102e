# Pair c19_06_pfe_prefix_bytes (a.s); class 19-blind-review-15c
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c19_06_pfe_prefix_bytes/a.o
#
# From the third blind review of diff's 'identical' (session 15, final binary), where
# rspill called this pair identical. Truth: changed.
# __patchable_function_entries points 2 bytes before f: the patch site holds int3 (A) vs nop (B)

	.text
	.globl f
	.p2align 4
	.skip 14, 0xcc
.Lp:
	.skip 2, 0xcc
	.type f,@function
f:
	ret
	.size f, .-f
	.section __patchable_function_entries,"awo",@progbits,f
	.quad .Lp
