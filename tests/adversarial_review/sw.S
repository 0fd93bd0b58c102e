#include "adv.h"
#define SWITCH(fn) leaq irqstk+0xfe0(%rip),%r11; movq %rsp,(%r11); movq %r11,%rsp; call fn; popq %rsp
FUNC(sw_cld)
  pushq %rbp
  movq %rsp,%rbp
  SWITCH(f_cld)
  popq %rbp
  jmp __x86_return_thunk
ENDF(sw_cld)
FUNC(sw_ld)
  pushq %rbp
  movq %rsp,%rbp
  SWITCH(f_ld)
  popq %rbp
  jmp __x86_return_thunk
ENDF(sw_ld)
FUNC(sw_ld_inplace)
  pushq %rbp
  movq %rsp,%rbp
  SWITCH(f_ld_inplace)
  popq %rbp
  jmp __x86_return_thunk
ENDF(sw_ld_inplace)
FUNC(sw_bi)
  pushq %rbp
  movq %rsp,%rbp
  SWITCH(f_bi)
  popq %rbp
  jmp __x86_return_thunk
ENDF(sw_bi)
FUNC(sw_ret_bi)
  pushq %rbp
  movq %rsp,%rbp
  leaq irqstk+0xfe0(%rip),%r11
  movq %r11,%rdi
  movq %rsp,(%r11)
  movq %r11,%rsp
  call f_ret_bi
  popq %rsp
  popq %rbp
  jmp __x86_return_thunk
ENDF(sw_ret_bi)
FUNC(sw_plain)
  pushq %rbp
  movq %rsp,%rbp
  SWITCH(f_plain)
  popq %rbp
  jmp __x86_return_thunk
ENDF(sw_plain)
FUNC(sw_ld2)
  pushq %rbp
  movq %rsp,%rbp
  SWITCH(f_ld2)
  popq %rbp
  jmp __x86_return_thunk
ENDF(sw_ld2)
.bss
.globl irqstk
.p2align 12
irqstk: .zero 0x1000
