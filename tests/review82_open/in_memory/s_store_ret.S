#include "victim.inc"
 mov ptr(%rip),%rax
 add %rdi,%rax
 ret
 .data
ptr: .quad victim
#include "compiled.inc"
