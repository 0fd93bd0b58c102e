#include "../review84_open/victim.inc"
 .globl drv
 .type drv,@function
drv:
 call victim
 call jumper2
 ret
 .size drv,.-drv
 .globl jumper
 .type jumper,@function
jumper:
 xor %ebx,%ebx
 sub $16,%rsp
 movq $0,(%rsp)
.Lmid:
 mov (%rsp),%rax
 add $16,%rsp
 jmp *%rax
 .size jumper,.-jumper
 .globl jumper2
 .type jumper2,@function
jumper2:
 xor %ebx,%ebx
 sub $16,%rsp
 jmp .Lmid
 .size jumper2,.-jumper2
 .section .comment,"MS",@progbits,1
 .asciz "clang version 19.1.7"
 .section .note.GNU-stack,"",@progbits
