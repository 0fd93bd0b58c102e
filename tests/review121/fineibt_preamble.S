// The control: t has its kCFI preamble (__cfi_t: movl $hash,%eax and
// nops, 16 bytes) listed in .cfi_sites, which FineIBT rewrites into its
// own preamble that falls into t.
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
.globl v
.type v,@function
v: push %rbx; mov %rsp,%rbx
  lea t(%rip),%r11
  movl $-0x12345678,%r10d
  addl -15(%r11),%r10d
  je 1f
  ud2
1: call __x86_indirect_thunk_r11
  mov %rbx,%rsp; pop %rbx; ret
.size v,.-v
.pushsection .retpoline_sites,"a"
.long 1b - .
.popsection
.pushsection .cfi_sites,"a"
.long __cfi_t - .
.popsection
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
