#include "victim.inc"
.type drv,@function
drv: sub $8,%rsp
call victim
sub $40,%rsp
lea 16(%rsp),%rdi
call jumper
add $48,%rsp
ret
.size drv,.-drv
.type jumper,@function
jumper: xor %ebx,%ebx
call *(%rdi)
ret
.size jumper,.-jumper
