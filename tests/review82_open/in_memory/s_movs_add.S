#include "../../held_in_data/one_object_start.inc"
 lea ptr(%rip),%rsi
 lea buf(%rip),%rdi
 movsq
 addq $9,buf(%rip)
 jmp *buf(%rip)
 .data
ptr: .quad victim
buf: .quad 0
#include "../../held_in_data/one_object_end.inc"
