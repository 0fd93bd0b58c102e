// v calls t through a kCFI-checked retpoline call (.retpoline_sites).
// With FineIBT the kernel rewrites the 14-byte check before the call into
// movl $hash,%r10d; sub $16,%r11; nop4 (alternative.c
// cfi_rewrite_callers), so the call enters t-16: d0's endbr64; ret $8,
// since t has no .cfi_sites preamble.
.text
.globl d0
.type d0,@function
d0: endbr64
  ret $8
  .fill 9,1,0xcc
.size d0,.-d0
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
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
