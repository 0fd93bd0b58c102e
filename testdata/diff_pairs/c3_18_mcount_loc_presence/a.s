# Pair c3_18_mcount_loc_presence (a.s); class 3-kernel-patch-tables
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c3_18_mcount_loc_presence/a.o
#
# Truth (per function):
#   f: changed -- __mcount_loc entry present (A) vs absent (B)
#
# __mcount_loc lists the "call __fentry__" sites (absolute .quad) that ftrace
# turns into NOPs at boot and patches on demand. In B the site is not listed,
# so the call to __fentry__ executes on every call and is never traceable.

	.text
	.globl	f
	.type	f,@function
f:
1:
	call	__fentry__
	leal	1(%rdi), %eax
	ret
	.size	f, .-f

	.pushsection __mcount_loc,"a",@progbits
	.quad	1b
	.popsection
