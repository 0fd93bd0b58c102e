# Pair c25_01_jump_label_target_on_out_of_line_code (b.s); class 25-tables-on-code-reached-outside (blind review 60, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c25_01_jump_label_target_on_out_of_line_code/b.o
# Truth: f changed.
# f jumps to out-of-line code in another section that holds a jump-label
# NOP; its __jump_table target is .Lt1 (mov $1) in A, .Lt2 (mov $2) in B.

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

.pushsection __jump_table,"aw"
 .balign 8
 .long 661b - .
 .long .Lt2 - .
 .quad key - .
.popsection
