# Pair c9_01_ud2_cs_bug (b.s); class 9-kernel-reads-bytes (blind review, session 8)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c9_01_ud2_cs_bug/b.o
# Truth: f changed -- a prefix on an instruction the kernel decodes by its bytes or lengths
.text
.globl f
.type f,@function
f:
nop
.Lb: .byte 0x2e,0x0f,0x0b
ret
.Lend:
.size f, .-f
.section .rodata.str1.1,"aMS",@progbits,1
.Lfile: .asciz "x.c"
.section __bug_table,"aw"
.long .Lb - .
.long .Lfile - .
.word 7
.word 2305

