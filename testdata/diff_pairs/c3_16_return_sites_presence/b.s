# Pair c3_16_return_sites_presence (b.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c3_16_return_sites_presence/b.o
#
# Truth (per function):
#   f: changed -- .return_sites entry present (A) vs absent (B)
#
# .return_sites lists "jmp __x86_return_thunk" sites (s32 PC-relative); the
# kernel's apply_returns() rewrites listed sites (to "ret; int3" or the
# selected thunk). B has no entry, so its return is never patched.

	.text
	.globl	f
	.type	f,@function
f:
	movl	$1, %eax
1:
	jmp	__x86_return_thunk
	.size	f, .-f

