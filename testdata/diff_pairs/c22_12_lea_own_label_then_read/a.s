# Pair c22_12_lea_own_label_then_read (a.s); class 22-blind-review-16c
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c22_12_lea_own_label_then_read/a.o
#
# From the third blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# f takes address of its own NOP via lea and loads byte +1: 0x1f vs 0x66 

.text
.globl f; .type f,@function
f:
 leaq 1f(%rip),%rax
 movzbl 1(%rax),%eax
 ret
1: .byte 0x0f,0x1f,0x40,0x00
 ret
.size f,.-f
