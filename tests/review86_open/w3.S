#include "victim.inc"
.type drv,@function
drv: sub $8,%rsp
call victim
add $8,%rsp
mov %rsp,gsp(%rip)
call jumper
ret
.bss
gsp: .quad 0
.text
.size drv,.-drv
.type jumper,@function
jumper: xor %ebx,%ebx
mov gsp(%rip),%rcx
call *-32(%rcx)
ret
.size jumper,.-jumper
