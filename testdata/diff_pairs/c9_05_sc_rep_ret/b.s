# Pair c9_05_sc_rep_ret (b.s); class 9-kernel-reads-bytes (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c9_05_sc_rep_ret/b.o
# Truth: f changed -- a prefix on an instruction the kernel decodes by its bytes or lengths
.text
.globl f
.type f,@function
f:
nop
.Ls: .byte 0xf3,0xc3
int3
.Lend:
.size f, .-f
.section .static_call_sites,"aw"
.long .Ls - .
.long key - . + 1

