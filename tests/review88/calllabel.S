#include "../review84_open/head.inc"
 sub $16,%rsp
 call 1f
 add $16,%rsp
 ret
1: mov 8(%rsp),%rax
 mov %rax,slot(%rip)
 add $24,%rsp
 jmp *slot(%rip)
 .data
slot: .quad 0
 .text
#include "../review84_open/tail.inc"
