# Pair c9_02_ubsan_ud1_cs (b.s); class 9-kernel-reads-bytes (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c9_02_ubsan_ud1_cs/b.o
# Truth: f changed -- a prefix on an instruction the kernel decodes by its bytes or lengths
.text
.globl f
.type f,@function
f:
nop
.byte 0x2e,0x67,0x0f,0xb9,0x40,0x10
ret
.Lend:
.size f, .-f

