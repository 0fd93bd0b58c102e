#include "victim.inc"
#include "drv_jumper.inc"
mov %rsp,%rcx
mov %rcx,g(%rip)
mov g(%rip),%rcx
mov -24(%rcx),%rax
jmp *%rax
.size jumper,.-jumper
.section .comment,"MS",@progbits,1
.asciz "clang version 19.1.7"
