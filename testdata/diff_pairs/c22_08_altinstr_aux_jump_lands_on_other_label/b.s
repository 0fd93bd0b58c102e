# Pair c22_08_altinstr_aux_jump_lands_on_other_label (b.s); class 22-blind-review-16c
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c22_08_altinstr_aux_jump_lands_on_other_label/b.o
#
# From the third blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# f: jne .LX short vs rel32 shifts later code by 4: A .LY=f+12 .LX=f+16; B 
# .LY=f+16 .LX=f+20. .altinstr_aux (static_cpu_has slow path) jnz refers to 
# f+16 in both -> A reaches .LX (returns 2), B reaches .LY (al=3). 


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
 .byte 0xe9; .long 6f-.-4
 ret
.size g,.-g
.section .altinstr_aux,"ax"
6: testb $1,boot_cpu_data+3(%rip)
 jnz f+16
 ret
