# Pair c9_08_endbr_cs_mid (b.s); class 9-kernel-reads-bytes (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c9_08_endbr_cs_mid/b.o
# Truth: f changed -- a prefix on an instruction the kernel decodes by its bytes or lengths
.text
.globl f
.type f,@function
f:
.byte 0xf3,0x2e,0x0f,0x1e,0xfa
ret
.Lend:
.size f, .-f

