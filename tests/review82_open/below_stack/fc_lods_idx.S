#include "victim_and_drv.inc"
#include "drv_once.inc"
 lea (%rsp,%rdi,8),%rsi
 lodsq
 jmp *%rax
#include "compiled.inc"
