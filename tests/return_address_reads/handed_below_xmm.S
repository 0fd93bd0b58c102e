#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 lea -24(%rsp),%rax
 movq %rax,%xmm0
 call 1f
 ret
1: movq %xmm0,%rax
 jmp *(%rax)
#include "../review82_open/below_stack/compiled.inc"
