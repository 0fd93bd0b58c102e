#include "one_object_start.inc"
 mov ptr(%rip),%rax
 add %rdi,%rax
 mov %rax,extbuf(%rip)
 jmp *extbuf(%rip)
 .data
ptr: .quad victim
#include "one_object_end.inc"
