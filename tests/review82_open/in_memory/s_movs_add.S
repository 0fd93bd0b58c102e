#include "victim.inc"
 lea ptr(%rip),%rsi
 lea buf(%rip),%rdi
 movsq
 addq $9,buf(%rip)
 jmp *buf(%rip)
 .data
ptr: .quad victim
buf: .quad 0
#include "compiled.inc"
