# Pair c1_01_je_target_one_earlier (b.s); class 1-control-flow
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c1_01_je_target_one_earlier/b.o
#
# Truth (per function):
#   f: changed -- je lands one insn earlier: returns x!=0 (A) vs always 1 (B)
#   g: identical -- untouched control function
#
# A: je skips "movl $1" when x==0, so f returns (x != 0).
# B: the label .Lret sits one instruction earlier (on the movl), so the je
# lands on "movl $1" and both paths execute it: f always returns 1.
# Only the rel8 of the je differs (0x05 vs 0x00).

	.text
	.globl	f
	.type	f,@function
f:
	xorl	%eax, %eax
	testl	%edi, %edi
	je	.Lret
.Lret:
	movl	$1, %eax
	ret
	.size	f, .-f

	.globl	g
	.type	g,@function
g:
	leal	1(%rdi), %eax
	ret
	.size	g, .-g
