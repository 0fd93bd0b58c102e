# Pair c22_07_size64_in_data (b.s); class 22-blind-review-16c
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c22_07_size64_in_data/b.o
#
# From the third blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# .data v = f@SIZE (R_X86_64_SIZE64): 6 in A, 8 in B 

.text
.globl f; .type f,@function
f: movl $1,%eax
 ret
 int3; int3
.size f,.-f
.data
.globl v
v: .quad f@SIZE
.size v,8
