# Pair c20_06_jump_label_at_tail (b.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c20_06_jump_label_at_tail/b.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# The last instruction of f2 is a jump-label site (JMP 2b, __jump_table entry 
# code=3b target=2b). When the key state makes jump_label patch the site to a 
# 5-byte NOP, execution falls past the site into the trailing padding: A 
# slides over NOPs into g (returns 7), B hits int3.

	.text
	.globl f2
	.type f2,@function
f2:
	testl %edi, %edi
	jne 3f
2:	movl $3, %eax
	ret
3:	.byte 0xe9
	.long 2b - . - 4
	.byte 0xcc, 0xcc, 0xcc
	.size f2, .-f2
	.globl g
	.type g,@function
g:	movl $7, %eax
	ret
	.size g, .-g
	.section __jump_table,"aw"
	.p2align 3
	.long 3b - .
	.long 2b - .
	.quad key - . + 1
