#include "../review84_open/head.inc"
 sub $16,%rsp
 movq $0,8(%rsp)
 xor %edx,%edx
 mov $-64,%rcx
1: bt %rcx,8(%rsp)
 rcr $1,%rdx
 inc %rcx
 jne 1b
 mov %rdx,slot(%rip)
 add $16,%rsp
 jmp *slot(%rip)
 .data
slot: .quad 0
 .text
#include "../review84_open/tail.inc"
