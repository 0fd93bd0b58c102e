#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 xor %ebx,%ebx
 sub $24,%rsp
 lea 16(%rsp),%rdi
 call ext2
 mov (%rsp),%rax
 mov %rax,24(%rsp)
 add $24,%rsp
 ret
 .size jumper,.-jumper
