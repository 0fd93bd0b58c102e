#include "../review84_open/victim.inc"
 .globl drv
 .type drv,@function
drv:
 call victim
 call jumper
 ret
 .size drv,.-drv
 .globl jumper
 .type jumper,@function
jumper:
 xor %ebx,%ebx
 sub $16,%rsp
 mov %rsp,%rdi
 call helper
 add $16,%rsp
 jmp *slot(%rip)
 .size jumper,.-jumper
 .globl helper
 .type helper,@function
helper:
 mov (%rdi),%rax
 mov %rax,slot(%rip)
 ret
 .data
slot: .quad 0
 .text
 .size helper,.-helper
 .section .comment,"MS",@progbits,1
 .asciz "clang version 19.1.7"
 .section .note.GNU-stack,"",@progbits
