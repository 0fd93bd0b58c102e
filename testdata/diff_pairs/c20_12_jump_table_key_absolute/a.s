# Pair c20_12_jump_table_key_absolute (a.s); class 20-blind-review-16
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c20_12_jump_table_key_absolute/a.o
#
# From the blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# B encodes the jump_entry key field as absolute R_X86_64_64 (value = &key) 
# instead of PC64 (key - &field). jump_entry_key() adds the field address to 
# the stored value, so B yields a garbage key pointer (and the JUMP_TYPE bits 
# come from the wrong bits): different patching/crash.

	.text
	.globl f
	.type f,@function
f:
1:	.byte 0x0f,0x1f,0x44,0x00,0x00
	movl $1, %eax
	ret
2:	movl $2, %eax
	ret
	.size f, .-f
	.section __jump_table,"aw"
	.p2align 3
	.long 1b - .
	.long 2b - .
	.quad key - .
