/* cmpxchg with %rax = 0 loads the old value into %rax */
#define BODY xor %eax,%eax; xor %ecx,%ecx; cmpxchg %rcx,(%rsp)
#include "jumper.inc"
