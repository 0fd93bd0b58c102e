# Pair c22_03_replacement_lea_into_shifted_function (a.s); class 22-blind-review-16c
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c22_03_replacement_lea_into_shifted_function/a.o
#
# From the third blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# f: jne short vs rel32 shifts .L1 from f+10 to f+14. Alternative replacement 
# in g: "leaq f+10(%rip),%rax" (orig 7-byte NOP), then g does jmp *%rax. A: 
# lands on "mov $2,%eax; ret". B: lands inside "mov $1" immediate and 
# executes "add %al,(%rax); add %al,%bl" (a write into kernel text -> fault 
# on RO text) before mov $2 (see proof.txt: unicorn returns 2 only because 
# text is writable there). 


.text
.globl f; .type f,@function
f:
  testl %edi,%edi
  jne .L1
  movl $1,%eax
  ret
.L1:
  movl $2,%eax
  ret
.size f,.-f

.text
.globl g; .type g,@function
g:
661: .byte 0x0f,0x1f,0x80,0x00,0x00,0x00,0x00
662: jmp *%rax
.size g,.-g
.section .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .4byte 0x94
 .byte 662b-661b
 .byte 6651f-6641f
.section .altinstr_replacement,"ax"
6641: leaq f+10(%rip),%rax
6651:
