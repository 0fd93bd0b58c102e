#include "victim_and_drv.inc"
#include "drv_once.inc"
 lea -24(%rsp),%rsp
 pop %rax
 lea 16(%rsp),%rsp
 jmp *%rax
#include "compiled.inc"
