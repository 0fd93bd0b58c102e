# Pair c3_17_call_sites_presence (b.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c3_17_call_sites_presence/b.o
#
# Truth (per function):
#   f: changed -- .call_sites entry present (A) vs absent (B)
#
# .call_sites lists call instructions (s32 PC-relative) that call-depth
# tracking (CONFIG_CALL_DEPTH_TRACKING) redirects at boot. A lists the call
# in f, B does not.

	.text
	.globl	f
	.type	f,@function
f:
1:
	call	other
	incl	%eax
	ret
	.size	f, .-f

