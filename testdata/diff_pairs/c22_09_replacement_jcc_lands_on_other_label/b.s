# Pair c22_09_replacement_jcc_lands_on_other_label (b.s); class 22-blind-review-16c
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c22_09_replacement_jcc_lands_on_other_label/b.o
#
# From the third blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# f: jne .LX short vs rel32 shifts later code by 4: A .LY=f+12 .LX=f+16; B 
# .LY=f+16 .LX=f+20. alternative replacement "jne rel32" refers to f+16 in 
# both -> A reaches .LX (returns 2), B reaches .LY (al=3). 


.text
.globl f; .type f,@function
f:
  testl %edi,%edi
  .byte 0x0f,0x85; .long .LX-.-4
  cmpl $5,%esi
  je .LY
  xorl %eax,%eax
  ret
.LY:
  movb $3,%al
  cltd
  ret
.LX:
  movl $2,%eax
  ret
.size f,.-f

.text
.globl g; .type g,@function
g:
661: .byte 0x0f,0x1f,0x80,0x00,0x00,0x00,0x00
662: ret
.size g,.-g
.section .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .4byte 0x94
 .byte 662b-661b
 .byte 6651f-6641f
.section .altinstr_replacement,"ax"
6641: testl %edi,%edi
 .byte 0x0f,0x85; .long f+16-.-4
6651:
