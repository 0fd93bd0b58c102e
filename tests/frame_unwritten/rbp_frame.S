#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov -16(%rbp),%rax
 leave
 jmp *%rax
#include "../review82_open/below_stack/compiled.inc"
