# Pair c22_10_reads_own_nop_bytes (b.s); class 22-blind-review-16c
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c22_10_reads_own_nop_bytes/b.o
#
# From the third blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# f loads the 4 bytes of its own 4-byte NOP: 0x00401f0f vs 0x90666666 

.text
.globl f; .type f,@function
f:
 movl 1f(%rip),%eax
1: .byte 0x66,0x66,0x66,0x90
 ret
.size f,.-f
