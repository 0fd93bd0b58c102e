# Pair c1_04_short_vs_near_je (b.s); class 1-control-flow
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c1_04_short_vs_near_je/b.o
#
# Truth (per function):
#   f: identical -- je rel8 vs je rel32 to the same target: same execution
#
# A: je rel8 (74 xx). B: the same je to the same label, hand-encoded as the
# 6-byte near form (0f 84 rel32). Every path executes the same operations in
# the same order with the same results; only encodings/offsets differ.
# Truth: identical (the function is 4 bytes longer in B, nothing else).

	.text
	.globl	f
	.type	f,@function
f:
	xorl	%eax, %eax
	testl	%edi, %edi
	.byte	0x0f, 0x84		# je rel32 (near form)
	.long	.Lz - . - 4
	movl	$1, %eax
.Lz:
	ret
	.size	f, .-f
