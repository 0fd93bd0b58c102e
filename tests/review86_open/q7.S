#include "victim.inc"
#include "drv_jumper.inc"
mov %esp,%ecx
mov -24(%rcx),%rax
jmp *%rax
.size jumper,.-jumper
.section .comment,"MS",@progbits,1
.asciz "clang version 19.1.7"
