// LOCK_PREFIX on the original of an ALTERNATIVE whose replacement is a `jmp` backwards.
// apply_alternatives turns the replacement's jmp.d32 into `eb f0 cc cc cc` (JMP.d8 to site-14);
// its 0xf0 displacement sits where .smp_locks lists the original's lock prefix (site+1).
// A UP boot then writes 0x3e there: `eb 3e` jumps to site+64.
#include "common.h"
.text
.globl f; .type f,@function
f: push %rbx
 mov %rsp,%rbx
 jmp 661f
.LL2: jmp .LR                     // site-14: the replacement's target
 .skip 12,0xcc
661: nop; lock addq $0,(%rdi)
662:
 jmp .LR
 .skip (661b+64)-., 0xcc
.LX: push %rax                   // site+64
 jmp .LR
.LR: mov %rbx,%rsp
 pop %rbx
 ret
.size f,.-f
.pushsection .altinstr_replacement,"ax"
663: .byte 0xe9; .long .LL2 - . - 4
664:
.popsection
ALTENT(661b, 662b-661b, 663b, 664b-663b, FALWAYS)
.pushsection .smp_locks,"a"; .balign 4; .long 661b + 1 - .; .popsection
