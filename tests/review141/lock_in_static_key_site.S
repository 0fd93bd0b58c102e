// A static-key site (NOP5, key off at boot) listed in .smp_locks at its second byte.
// static_branch_enable() later writes `e9 3e 00 00 00` (jmp .LT). On a UP-patched boot
// (maxcpus=1, more possible CPUs), onlining a CPU runs alternatives_smp_lock: 0x3e -> 0xf0,
// and the jmp goes to site+5+0xf0 (.LX).
#include "common.h"
.text
.globl f; .type f,@function
f: push %rbx
 mov %rsp,%rbx
SITE(661, .LT)
 jmp .LR
 .skip (661b+5+0x3e)-., 0xcc
.LT: jmp .LR
 .skip (661b+5+0xf0)-., 0xcc
.LX: push %rax
.LR: mov %rbx,%rsp
 pop %rbx
 ret
.size f,.-f
JTE(661b, .LT, key)
.pushsection .smp_locks,"a"; .balign 4; .long 661b + 1 - .; .popsection
.data
.globl key
key: .quad 0
