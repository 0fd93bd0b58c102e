#include "victim_and_drv.inc"
#include "drv_once.inc"
 push (%rsp,%rdi,8)
 pop %rax
 jmp *%rax
#include "compiled.inc"
