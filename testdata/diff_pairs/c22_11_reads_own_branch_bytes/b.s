# Pair c22_11_reads_own_branch_bytes (b.s); class 22-blind-review-16c
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c22_11_reads_own_branch_bytes/b.o
#
# From the third blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# f loads 4 bytes at its own jne: A 75 01 c3 31, B 0f 85 01 00 -> different 
# eax (when edi==0 returns it) 

.text
.globl f; .type f,@function
f:
 movl 1f(%rip),%eax
 testl %edi,%edi
1: .byte 0x0f,0x85; .long 2f-.-4
 ret
2: xorl %eax,%eax
 ret
.size f,.-f
