#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 sub $24,%rsp
 test %rdi,%rdi
 jne 1f
 movq $0,(%rsp)
1:
 mov (%rsp),%rax
 add $24,%rsp
 jmp *%rax
#include "../review82_open/below_stack/compiled.inc"
