# Pair c11_02_this_ip_moved (a.s); class 1-control-flow
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c11_02_this_ip_moved/a.o
#
# Truth (per function):
#   f: changed -- the address the lea takes moves one instruction on
#
# A stores the address of the `movq`, B that of the `ret` (an IP recorded
# for a report or a jump through it differs). The lea's bytes differ only in
# the displacement, which has no relocation.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	1f(%rip), %rax
1:	movq	%rax, (%rdi)
	ret
	.size	f, .-f
