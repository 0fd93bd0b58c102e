# Pair c25_10_replacement_jmp32_past_its_end (b.s); class 25-tables-on-code-reached-outside (blind review 60, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c25_10_replacement_jmp32_past_its_end/b.o
# Truth: f changed.
# The same with a 5-byte jmp.

.text
.globl f; .type f,@function
f: 661: .byte 0x0f,0x1f,0x44,0,0
 ret
.size f,.-f
.pushsection .altinstructions,"a"
 .long 661b - .
 .long .Lr1 - .
 .long 0x10
 .byte 5
 .byte 5
.popsection
.section .altinstr_replacement,"ax"
.Lr1: jmp .Lfar
 nop
 nop
 nop
.Lpad: .fill 200,1,0x90
.Lfar: movl $2,%eax
 ret
