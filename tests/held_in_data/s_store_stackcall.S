#include "one_object_start.inc"
 mov ptr(%rip),%rax
 add %rdi,%rax
 mov %rax,%rdi
 jmp ext_tail
 .data
ptr: .quad victim
#include "one_object_end.inc"
