#include "victim_and_drv.inc"
#include "drv_rdi_minus_2.inc"
jumper:
 jmp *(%rsp,%rdi,8)
#include "compiled.inc"
