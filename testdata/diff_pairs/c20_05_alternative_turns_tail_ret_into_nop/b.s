# Pair c20_05_alternative_turns_tail_ret_into_nop (b.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c20_05_alternative_turns_tail_ret_into_nop/b.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# alternative replaces the final ret by a nop on CPUs with feature 3*32+16; 
# then execution falls past ret into the trailing padding: A slides into g 
# (returns 7), B hits int3.

	.text
	.globl f
	.type f,@function
f:
	movl $1, %eax
661:	ret
662:
	.byte 0xcc, 0xcc, 0xcc
	.size f, .-f
	.globl g
	.type g,@function
g:	movl $7, %eax
	ret
	.size g, .-g
	.section .altinstructions,"a"
	.long 661b - .
	.long 663f - .
	.4byte (3*32+16)
	.byte 662b-661b
	.byte 664f-663f
	.section .altinstr_replacement,"ax"
663:	nop
664:
