#include "victim_and_drv.inc"
#include "drv_rdi_minus_2.inc"
jumper:
 mov (%rsp,%rdi,8),%rax
 jmp *%rax
#include "compiled.inc"
