#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 xor %ebx,%ebx
 sub $24,%rsp
 ret
#include "../review82_open/below_stack/compiled.inc"
