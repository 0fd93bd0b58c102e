#include "victim_and_drv.inc"
#include "drv_once.inc"
 mov %rsp,%rax
 stc
 sbb $23,%rax
 jmp *(%rax)
#include "compiled.inc"
