# Pair c22_06_size32_relocation (a.s); class 22-blind-review-16c
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c22_06_size32_relocation/a.o
#
# From the third blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# g returns f@SIZE (R_X86_64_SIZE32): 6 in A, 8 in B (f st_size includes 2 
# int3 padding in B) 

.text
.globl f; .type f,@function
f: movl $1,%eax
 ret
.size f,.-f
.globl g; .type g,@function
g: movl $f@SIZE,%eax
 ret
.size g,.-g
