#include "../review84_open/head.inc"
 sub $480,%rsp
 fxsave (%rsp)
 mov 464(%rsp),%rax
 mov %rax,slot(%rip)
 add $480,%rsp
 jmp *slot(%rip)
 .data
slot: .quad 0
 .text
#include "../review84_open/tail.inc"
