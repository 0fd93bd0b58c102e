#include "victim_and_drv.inc"
#include "drv_once.inc"
 mov %rdi,%rcx
 neg %rcx
 jmp *(%rsp,%rcx,8)
#include "compiled.inc"
