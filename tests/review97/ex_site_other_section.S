// evil, in .entry.text, loads through %rsi with %rbx its argument; its
// __ex_table fixup is victim's restore in .text: a fault in evil (a bad
// %rsi) continues at .LR with %rbx = %rdi, and %rsp moves there.
#include "../review92/common.h"
#include "victim.inc"
.section .entry.text,"ax",@progbits
.globl evil
.type evil,@function
evil: push %rbx; mov %rdi,%rbx
.LF: movq (%rsi),%rax
pop %rbx; ret
.size evil, .-evil
.pushsection __ex_table,"a"; .balign 4; .long .LF - .; .long .LR - .; .long 0; .popsection
COMMENT
