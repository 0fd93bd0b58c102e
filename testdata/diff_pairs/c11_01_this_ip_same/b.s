# Pair c11_01_this_ip_same (b.s); class 1-control-flow
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c11_01_this_ip_same/b.o
#
# Truth (per function):
#   f: identical -- _THIS_IP_: a lea of the next instruction, no relocation
#
# The kernel's _THIS_IP_ (crash_setup_regs) is `lea 1f(%rip)` of a label on
# the next instruction: the assembler (and ld -r within a section) resolves
# it, so no relocation is left. Both sides are the same code; B only has
# other code after f.

	.text
	.globl	f
	.type	f,@function
f:
	leaq	1f(%rip), %rax
1:	movq	%rax, (%rdi)
	ret
	.size	f, .-f

	.globl	g
	.type	g,@function
g:
	ret
	.size	g, .-g
