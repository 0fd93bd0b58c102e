#include "victim_and_drv.inc"
#include "drv_once.inc"
 mov %rsp,%rax
 add %rdi,%rax
 jmp *(%rax)
#include "compiled.inc"
