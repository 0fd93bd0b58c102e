# Pair c20_04_read_global_function_padding (b.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c20_04_read_global_function_padding/b.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# same as 27 with g global (so the read goes through a PC32 reloc g+2-4): f 
# reads g trailing padding byte 0x90 vs 0xcc.

	.text
	.globl f
	.type f,@function
f:
	movzbl g+2(%rip), %eax
	ret
	.size f, .-f
	.globl g
	.type g,@function
g:	ret
	.byte 0xcc, 0xcc, 0xcc
	.size g, .-g
	.globl h
	.type h,@function
h:	call g
	ret
	.size h, .-h
