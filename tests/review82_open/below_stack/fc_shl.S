#include "victim_and_drv.inc"
#include "drv_once.inc"
 mov %rdi,%rax
 shl $3,%rax
 add %rsp,%rax
 jmp *(%rax)
#include "compiled.inc"
