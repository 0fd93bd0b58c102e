#include "victim_and_drv.inc"
#include "drv_once.inc"
 movq %rsp,%xmm0
 movq %rdi,%xmm1
 paddq %xmm1,%xmm0
 movq %xmm0,%rax
 jmp *(%rax)
#include "compiled.inc"
