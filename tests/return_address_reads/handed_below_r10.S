#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 lea -24(%rsp),%r10
 call 1f
 ret
1: jmp *(%r10)
#include "../review82_open/below_stack/compiled.inc"
