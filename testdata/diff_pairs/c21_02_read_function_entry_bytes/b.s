# Pair c21_02_read_function_entry_bytes (b.s); class 21-blind-review-16b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c21_02_read_function_entry_bytes/b.o
#
# From the second blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# f does movl g(%rip),%eax (reads g's first 4 code bytes, e.g. like 
# is_endbr()/kprobe checks). g differs only in jne short vs near encoding, 
# which the tool normalises. A reads 85 ff 75 05, B 85 ff 0f 85. Emulated 
# results differ. 

	.text
	.globl f
	.type f,@function
f:	movl g(%rip), %eax
	ret
	.size f, .-f
	.section .text.g,"ax",@progbits
	.globl g
	.type g,@function
g:	testl %edi,%edi
	.byte 0x0f,0x85
	.long 5
	movl $1,%eax
1:	ret
	.size g, .-g
