#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 xor %ebx,%ebx
 mov %rsp,%rax
 sub $24,%rax
 mov %rax,%rsp
 ret
#include "../review82_open/below_stack/compiled.inc"
