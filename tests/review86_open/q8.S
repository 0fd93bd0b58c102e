#include "victim.inc"
#include "drv_jumper.inc"
movq %rsp,%xmm0
movq %xmm0,%rcx
mov -24(%rcx),%rax
jmp *%rax
.size jumper,.-jumper
.section .comment,"MS",@progbits,1
.asciz "clang version 19.1.7"
