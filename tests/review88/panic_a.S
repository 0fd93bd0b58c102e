#include "../review84_open/head.inc"
 sub $16,%rsp
 call panic
 mov (%rsp),%rax
 add $16,%rsp
 jmp *%rax
#include "../review84_open/tail.inc"
