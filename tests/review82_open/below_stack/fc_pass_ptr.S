#include "victim_and_drv.inc"
#include "drv_once.inc"
 lea -24(%rsp),%rdi
 call helper
 ret
helper: jmp *(%rdi)
#include "compiled.inc"
