# Pair c22_01_replacement_jumps_into_shifted_function (b.s); class 22-blind-review-16c
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c22_01_replacement_jumps_into_shifted_function/b.o
#
# From the third blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# f: jne short vs rel32 shifts .L1 from f+10 to f+14; alternative replacement 
# jmp refers to f+10 in both -> A reaches "mov $2", B lands inside "mov $1" 
# imm. 


.text
.globl f; .type f,@function
f:
  testl %edi,%edi
  .byte 0x0f,0x85; .long .L1-.-4
  movl $1,%eax
  ret
.L1:
  movl $2,%eax
  ret
.size f,.-f

.text
.globl g; .type g,@function
g:
661: .byte 0x0f,0x1f,0x44,0x00,0x00
662: ret
.size g,.-g
.section .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .4byte 0x94
 .byte 662b-661b
 .byte 6651f-6641f
.section .altinstr_replacement,"ax"
6641: jmp f+10
6651:
