#include "one_object_start.inc"
 mov ptr(%rip),%rax
 add %rdi,%rax
 mov %rax,buf(%rip)
 mov buf(%rip),%rcx
 jmp *%rcx
 .data
ptr: .quad victim
buf: .quad 0
#include "one_object_end.inc"
