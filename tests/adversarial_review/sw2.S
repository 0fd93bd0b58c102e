#include "adv.h"
#define SWITCH(fn) leaq irqstk2+0xfe0(%rip),%r11; movq %rsp,(%r11); movq %r11,%rsp; call fn; popq %rsp
FUNC(sw_glob)
  pushq %rbp; movq %rsp,%rbp
  SWITCH(f_glob)
  popq %rbp; jmp __x86_return_thunk
ENDF(sw_glob)
FUNC(sw_arg)
  pushq %rbp; movq %rsp,%rbp
  leaq irqstk2+0xfe0(%rip),%rdi
  SWITCH(f_arg)
  popq %rbp; jmp __x86_return_thunk
ENDF(sw_arg)
FUNC(sw_frame)
  pushq %rbp; movq %rsp,%rbp
  SWITCH(f_frame)
  popq %rbp; jmp __x86_return_thunk
ENDF(sw_frame)
.bss
.globl irqstk2
.p2align 12
irqstk2: .zero 0x1000
