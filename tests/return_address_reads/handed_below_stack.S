#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 lea -24(%rsp),%rdi
 call helper
 ret
helper: jmp *(%rdi)
#include "../review82_open/below_stack/compiled.inc"
