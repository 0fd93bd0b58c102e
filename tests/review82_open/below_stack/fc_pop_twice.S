#include "victim_and_drv.inc"
#include "drv_once.inc"
 sub $24,%rsp
 pop %rax
 add $16,%rsp
 jmp *%rax
#include "compiled.inc"
