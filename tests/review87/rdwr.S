/* the write after the read */
#define BODY mov (%rsp),%rax; movq $0,(%rsp)
#include "jumper.inc"
