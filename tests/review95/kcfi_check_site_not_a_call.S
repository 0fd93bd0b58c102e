#include "../review92/common.h"
// exact kCFI caller check (mov $h,%r10d; add -16(%r11),%r10d; je +2; ud2)
// whose r11 is an %rsp copy, followed by a .retpoline_sites "site" that is
// the restore mov %r11,%rsp (VAR=0) / a call then restore via r11 kept in rbx (VAR=1).
// FineIBT rewrites the check to "mov $h,%r10d; sub $16,%r11; nop4".
#ifndef VAR
#define VAR 0
#endif
#define H 0x11223344
.text
.globl B
.type B,@function
B:  push %rbx
    mov %rsp,%r11
    sub $32,%rsp
    movl $-H,-16(%r11)
#ifdef TAKEN
    .byte 0x41,0xba; .long -H
    .byte 0x49,0x83,0xeb,0x10
    .byte 0x0f,0x1f,0x40,0x00
#else
    .byte 0x41,0xba; .long H
    .byte 0x45,0x03,0x53,0xf0
    .byte 0x74,0x02
    .byte 0x0f,0x0b
#endif
.Lsite:
#if VAR==0
    mov %r11,%rsp
#else
    mov %r11,%rbx
    call ext
    mov %rbx,%rsp
#endif
    pop %rbx
    ret
.size B, .-B
.pushsection .retpoline_sites,"a"
.long .Lsite - .
.popsection
COMMENT
