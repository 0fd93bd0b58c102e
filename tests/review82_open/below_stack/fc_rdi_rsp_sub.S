#include "victim_and_drv.inc"
#include "drv_once.inc"
 mov %rsp,%rax
 sub %rdi,%rax
 jmp *(%rax)
#include "compiled.inc"
