#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 add $-24,%rsp
 pop %rax
 add $16,%rsp
 jmp *%rax
#include "../review82_open/below_stack/compiled.inc"
