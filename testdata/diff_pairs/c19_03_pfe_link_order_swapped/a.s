# Pair c19_03_pfe_link_order_swapped (a.s); class 19-blind-review-15c
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c19_03_pfe_link_order_swapped/a.o
#
# From the third blind review of diff's 'identical' (session 15, final binary), where
# rspill called this pair identical. Truth: changed.
# __patchable_function_entries entries for f and g swapped between the SHF_LINK_ORDER sections tied to .text.f/.text.g: f's entry goes (and is discarded) with g's section

	.section .text.f,"ax",@progbits
	.globl f, g
	.type f,@function
	nop
f:	ret
	.size f, .-f
	.section .text.g,"ax",@progbits
	.type g,@function
	nop
g:	ret
	.size g, .-g
	.section __patchable_function_entries,"awo",@progbits,f
	.quad f-1
	.section __patchable_function_entries,"awo",@progbits,g
	.quad g-1
