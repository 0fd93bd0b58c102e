#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 xor %ebx,%ebx
 sub $16,%rsp
 movq $0,(%rsp)
 sub $8,%rsp
 ret
#include "../review82_open/below_stack/compiled.inc"
