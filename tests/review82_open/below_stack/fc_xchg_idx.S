#include "victim_and_drv.inc"
#include "drv_once.inc"
 xor %eax,%eax
 xchg (%rsp,%rdi,8),%rax
 jmp *%rax
#include "compiled.inc"
