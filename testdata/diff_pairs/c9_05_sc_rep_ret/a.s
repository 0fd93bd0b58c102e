# Pair c9_05_sc_rep_ret (a.s); class 9-kernel-reads-bytes (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c9_05_sc_rep_ret/a.o
# Truth: f changed -- a prefix on an instruction the kernel decodes by its bytes or lengths
.text
.globl f
.type f,@function
f:
nop
.Ls: ret
int3
.Lend:
.size f, .-f
.section .static_call_sites,"aw"
.long .Ls - .
.long key - . + 1

