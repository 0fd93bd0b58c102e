# Pair c20_03_read_other_function_padding (a.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c20_03_read_other_function_padding/a.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# f reads the byte at g+2, which is in g trailing padding: 0x90 in A, 0xcc in 
# B. f returns different values.

	.text
	.globl f
	.type f,@function
f:
	movzbl g+2(%rip), %eax
	ret
	.size f, .-f
	.type g,@function
g:	ret
	.byte 0x90, 0x90, 0x90
	.size g, .-g
	.globl h
	.type h,@function
h:	call g
	ret
	.size h, .-h
