#include "../review92/common.h"
// .smp_locks entry at the 0x3e imm of "sub $0x3e,%rsp" (48 83 ec 3e): after
// a UP boot, a CPU hotplug runs alternatives_smp_lock(), turning every listed
// 0x3e byte into 0xf0: "sub $-16,%rsp".
.text
.globl B
.type B,@function
B:  push %rbx
    mov %rsp,%rbx
#ifdef TAKEN
    .byte 0x48,0x83,0xec,0xf0
#else
    .byte 0x48,0x83,0xec
.Llk: .byte 0x3e
#endif
    call ext
    mov %rbx,%rsp
    pop %rbx
    ret
.size B, .-B
#ifndef TAKEN
.pushsection .smp_locks,"a"
.long .Llk - .
.popsection
#endif
COMMENT
