# Pair c9_06_alt_len_mismatch (b.s); class 9-kernel-reads-bytes (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c9_06_alt_len_mismatch/b.o
# Truth: f changed -- a prefix on an instruction the kernel decodes by its bytes or lengths
.text
.globl f
.type f,@function
f:
nop
.Lo: .byte 0x2e,0x48,0x89,0xc0
ret
.Lend:
.size f, .-f
.section .altinstr_replacement,"ax"
.Lr: .byte 0x31,0xc0,0x90
.Lre:
.section .altinstructions,"a"
.long .Lo - .
.long .Lr - .
.4byte 0x123
.byte 3
.byte 3

