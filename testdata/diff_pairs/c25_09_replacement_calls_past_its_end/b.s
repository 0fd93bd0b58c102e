# Pair c25_09_replacement_calls_past_its_end (b.s); class 25-tables-on-code-reached-outside (blind review 60, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c25_09_replacement_calls_past_its_end/b.o
# Truth: f changed.
# The same with `call .Lfar`.

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
.Lr1: call .Lfar
.Lfar: movl $2,%eax
 ret
