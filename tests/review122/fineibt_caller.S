// v makes a kCFI-checked indirect call (.retpoline_sites) to t, which
// another input defines. With FineIBT the kernel rewrites the check into
// movl $hash,%r10d; sub $16,%r11 (alternative.c cfi_rewrite_callers):
// the call enters 16 bytes before t.
.text
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
.section .retpoline_sites,"a"
  .long 1b - .
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
