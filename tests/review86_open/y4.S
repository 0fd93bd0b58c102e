#include "victim.inc"
#include "drv_jumper.inc"
jmp *(%rsp,%rdi,8)
.size jumper,.-jumper
.section .comment,"MS",@progbits,1
.asciz "clang version 19.1.7"
