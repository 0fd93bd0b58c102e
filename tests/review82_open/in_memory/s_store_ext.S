#include "victim.inc"
 mov ptr(%rip),%rax
 add %rdi,%rax
 mov %rax,extbuf(%rip)
 jmp *extbuf(%rip)
 .data
ptr: .quad victim
#include "compiled.inc"
