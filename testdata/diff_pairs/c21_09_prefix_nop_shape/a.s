# Pair c21_09_prefix_nop_shape (a.s); class 21-blind-review-16b
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c21_09_prefix_nop_shape/a.o
#
# From the second blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# 16-byte function padding (__pfx_f, patchable entry) is 16x0x90 in A and 66 
# 2e 0f 1f 84.. + 66 0f 1f 44 00 00 in B. The kernel's call-depth-tracking 
# patch_dest() (callthunks.c) memcmp()s the padding against 16x0x90 before 
# writing the accounting thunk. B gets 'Invalid padding area', so no thunk, 
# callers are not redirected and the RSB accounting differs. The tool prints 
# the prefix as 'nop*16' in both

	.text
	.p2align 4
	.type __pfx_f,@function
__pfx_f:
.Lpfe:
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	nop
	.size __pfx_f, .-__pfx_f
	.globl f
	.type f,@function
f:	movl $1,%eax
	ret
	.size f, .-f
	.section __patchable_function_entries,"awo",@progbits,f
	.p2align 3
	.quad .Lpfe
