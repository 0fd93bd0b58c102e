# Pair c9_07_endbr_cs (a.s); class 9-kernel-reads-bytes (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c9_07_endbr_cs/a.o
# Truth: f changed -- a prefix on an instruction the kernel decodes by its bytes or lengths
.text
.globl f
.type f,@function
f:
.byte 0xf3,0x0f,0x1e,0xfa
ret
.Lend:
.size f, .-f

