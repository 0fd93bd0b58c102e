#include "../review84_open/head.inc"
 push %rbp
 mov %rsp,%rbp
 sub %rdi,%rsp
 mov (%rsp),%rax
 mov %rax,slot(%rip)
 mov %rbp,%rsp
 pop %rbp
 jmp *slot(%rip)
 .data
slot: .quad 0
 .text
#include "../review84_open/tail.inc"
