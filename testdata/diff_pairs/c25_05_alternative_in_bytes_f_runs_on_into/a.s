# Pair c25_05_alternative_in_bytes_f_runs_on_into (a.s); class 25-tables-on-code-reached-outside (blind review 60, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c25_05_alternative_in_bytes_f_runs_on_into/a.o
# Truth: f changed, g identical.
# f has no ret and runs on into three unnamed NOPs before g; an alternative
# patches them with xor %eax,%eax (A) vs xor %ecx,%ecx (B): f returns 0 vs 1
# with the feature.

.text
.globl f; .type f,@function
f: movl $1,%eax
.size f,.-f
.Lpad: .byte 0x90,0x90,0x90
.globl g; .type g,@function
g: ret
.size g,.-g
.pushsection .altinstructions,"a"
 .long .Lpad - .
 .long .Lr1 - .
 .long 0x10
 .byte 3
 .byte 3
.popsection
.section .altinstr_replacement,"ax"
.Lr1: .byte 0x31,0xc0,0x90
