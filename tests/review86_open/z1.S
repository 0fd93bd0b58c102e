#include "victim.inc"
#include "drv_jumper.inc"
lea ptr(%rip),%rax
addq $9,(%rax)
call *ptr(%rip)
ret
.data
ptr: .quad victim
.text
.size jumper,.-jumper
