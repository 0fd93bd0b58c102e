#include "victim.inc"
.type drv,@function
drv: sub $8,%rsp
call victim
sub $40,%rsp
lea 16(%rsp),%rdi
call ext2
xor %ebx,%ebx
call *16(%rsp)
add $48,%rsp
ret
.size drv,.-drv
.type jumper,@function
jumper: ret
.size jumper,.-jumper
.section .comment,"MS",@progbits,1
.asciz "clang version 19.1.7"
