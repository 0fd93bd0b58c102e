#include "victim.inc"
.type drv,@function
drv: sub $8,%rsp
call victim
sub $40,%rsp
call jumper
add $48,%rsp
ret
.size drv,.-drv
.type jumper,@function
jumper: xor %ebx,%ebx
jmp *24(%rsp)
.size jumper,.-jumper
.section .comment,"MS",@progbits,1
.asciz "clang version 19.1.7"
