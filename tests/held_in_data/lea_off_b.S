#include "jumper_start.inc"
mov ptr(%rip),%rax
 lea 9(%rax),%rax
 jmp *%rax
#include "ptr_and_end.inc"
