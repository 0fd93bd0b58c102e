#include "../review84_open/head.inc"
 push %rbp
 mov %rsp,%rbp
 xor %ecx,%ecx
1: mov (%rsp),%rax
 test %ecx,%ecx
 jne 9f
 inc %ecx
 sub $8,%rsp
 jmp 1b
9: mov %rax,slot(%rip)
 mov %rbp,%rsp
 pop %rbp
 jmp *slot(%rip)
 .data
slot: .quad 0
 .text
#include "../review84_open/tail.inc"
