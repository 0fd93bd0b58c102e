// LOCK_PREFIX in the original of an ALTERNATIVE whose replacement (2 bytes) is 64 bytes shorter.
// apply_alternatives pads with 0x90 and optimize_nops/add_nop turns the pad into `eb 3e cc...`:
// the listed lock byte (site+3) becomes the jmp8 displacement 0x3e. Booted UP (maxcpus=1, more
// possible CPUs), onlining a CPU runs alternatives_smp_lock: 0x3e -> 0xf0, `eb f0` jumps to site-12.
#include "common.h"
.text
.globl f; .type f,@function
f: push %rbx
 mov %rsp,%rbx
 jmp 661f
.LB: push %rax                  // site-12
 jmp .LR
 .skip 9, 0xcc
661: nop; nop; nop; lock addq $0,(%rdi)
 .rept 11
 movl $0,%edx
 .endr
 xchg %ax,%ax; nop
662:
.LR: mov %rbx,%rsp
 pop %rbx
 ret
.size f,.-f
.pushsection .altinstr_replacement,"ax"
663: xor %eax,%eax
664:
.popsection
ALTENT(661b, 662b-661b, 663b, 664b-663b, FALWAYS)
.pushsection .smp_locks,"a"; .balign 4; .long 661b + 3 - .; .popsection
