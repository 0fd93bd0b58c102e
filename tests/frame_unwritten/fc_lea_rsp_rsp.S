#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 lea -24(%rsp),%rsp
 pop %rax
 lea 16(%rsp),%rsp
 jmp *%rax
#include "../review82_open/below_stack/compiled.inc"
