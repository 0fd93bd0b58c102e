# Pair c25_02_alternative_on_out_of_line_code (b.s); class 25-tables-on-code-reached-outside (blind review 60, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c25_02_alternative_on_out_of_line_code/b.o
# Truth: f changed.
# The same with an .altinstructions entry on the out-of-line code: the
# replacement patched in at boot is mov $1 (A) vs mov $2 (B).

.text
.globl f; .type f,@function
f: testl %edi,%edi
 jne .Lcold
 ret
.size f,.-f
.section .text.unlikely,"ax"
.Lcold: movl $1,%eax
661: .byte 0x0f,0x1f,0x44,0,0
 ret
.section .text.other,"ax"
.Lt1: movl $1,%eax
 ret
.Lt2: movl $2,%eax
 ret

.pushsection .altinstructions,"a"
 .long 661b - .
 .long .Lr2 - .
 .long 0x10
 .byte 5
 .byte 5
.popsection
.section .altinstr_replacement,"ax"
.Lr1: movl $1,%eax
.Lr2: movl $2,%eax
