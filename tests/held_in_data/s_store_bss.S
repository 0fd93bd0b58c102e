#include "one_object_start.inc"
 mov ptr(%rip),%rax
 add %rdi,%rax
 mov %rax,buf(%rip)
 jmp *buf(%rip)
 .data
ptr: .quad victim
 .bss
buf: .quad 0
#include "one_object_end.inc"
