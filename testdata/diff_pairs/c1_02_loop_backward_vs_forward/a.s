# Pair c1_02_loop_backward_vs_forward (a.s); class 1-control-flow
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c1_02_loop_backward_vs_forward/a.o
#
# Truth (per function):
#   f: changed -- backward loop (returns 0) vs forward exit (returns x-1)
#
# A: "jne .Lloop" branches backward: the loop decrements eax to 0, f returns 0.
# B: "jne .Lout" branches forward to the ret: f returns x-1 after one decrement.
# Both are 2-byte jne; same mnemonics, only the sign/size of the rel8 differs.

	.text
	.globl	f
	.type	f,@function
f:
	movl	%edi, %eax
.Lloop:
	decl	%eax
	jne	.Lloop
.Lout:
	ret
	.size	f, .-f
