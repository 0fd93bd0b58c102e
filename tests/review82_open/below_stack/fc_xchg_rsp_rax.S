#include "victim_and_drv.inc"
#include "drv_once.inc"
 lea -24(%rsp),%rax
 xchg %rax,%rsp
 pop %rcx
 mov %rax,%rsp
 jmp *%rcx
#include "compiled.inc"
