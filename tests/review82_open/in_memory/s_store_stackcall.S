#include "victim.inc"
 mov ptr(%rip),%rax
 add %rdi,%rax
 mov %rax,%rdi
 jmp ext_tail
 .data
ptr: .quad victim
#include "compiled.inc"
