# Pair c9_03_jl_cs_jmp (b.s); class 9-kernel-reads-bytes (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c9_03_jl_cs_jmp/b.o
# Truth: f changed -- a prefix on an instruction the kernel decodes by its bytes or lengths
.text
.globl f
.type f,@function
f:
nop
.Lj: .byte 0x2e,0xe9
.long .Lt-(.+4)
ret
.Lt: ret
.Lend:
.size f, .-f
.section __jump_table,"aw"
.balign 8
.long .Lj - .
.long .Lt - .
.quad key - .

