# Pair c9_04_jl_cs_nop (a.s); class 9-kernel-reads-bytes (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c9_04_jl_cs_nop/a.o
# Truth: f changed -- a prefix on an instruction the kernel decodes by its bytes or lengths
.text
.globl f
.type f,@function
f:
nop
.Lj: .byte 0x0f,0x1f,0x44,0,0
ret
.Lt: ret
.Lend:
.size f, .-f
.section __jump_table,"aw"
.balign 8
.long .Lj - .
.long .Lt - .
.quad key - .

