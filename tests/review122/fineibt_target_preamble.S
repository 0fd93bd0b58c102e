// The control: t with its kCFI preamble, which .cfi_sites lists.
.text
.globl __cfi_t
.type __cfi_t,@function
__cfi_t: movl $0x12345678,%eax
  .fill 11,1,0x90
.size __cfi_t,.-__cfi_t
.globl t
.type t,@function
t: ret
.size t,.-t
.pushsection .cfi_sites,"a"
.long __cfi_t - .
.popsection
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
