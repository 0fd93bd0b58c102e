#include "jumper_start.inc"
movq ptr(%rip),%xmm0
 movq %rdi,%xmm1
 paddq %xmm1,%xmm0
 movq %xmm0,%rax
 jmp *%rax
#include "ptr_and_end.inc"
