# Pair c25_08_replacement_jumps_past_its_end (a.s); class 25-tables-on-code-reached-outside (blind review 60, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c25_08_replacement_jumps_past_its_end/a.o
# Truth: f changed.
# f's replacement is `jmp .Lfar; nop; nop; nop` with .Lfar right after it in
# .altinstr_replacement, resolved by the assembler (no relocation); the
# kernel keeps such a jump's target. .Lfar is mov $1 (A) vs mov $2 (B).

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
 .byte 0x90,0x90,0x90
.Lfar: movl $1,%eax
 ret
