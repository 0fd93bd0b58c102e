// One object, function sections .text.A / .text.B (side by side in the link).
// A .retpoline_sites entry names B's first instruction (a call through the
// %r11 thunk). The 14 bytes before it are A's last 14 bytes and start with
// "41 ba imm32" (mov $0x10,%r10d), which decode_caller_hash takes for kCFI's
// caller check (hash = -imm != 0). With cfi_rand (the default) the kernel
// rewrites imm to -cfi_rehash(hash), a random value (cfi_rand_callers:
// text_poke_early(addr + 2, &hash, 4)); with cfi=fineibt it writes all 14
// bytes. A computes rbx = copy + 16 - imm, so the restore writes copy+16-imm'.

.section .text.A,"ax",@progbits
.globl A
.type A,@function
A: push %rbx
  mov %rsp,%rbx
  call ext
  jmp 2f
1: mov %rbx,%rsp
  call __stack_chk_fail
2: add $0x10,%rbx
  mov $0x10,%r10d
  sub %r10,%rbx
  .byte 0xe9; .long 1b - . - 4
.size A, .-A
.section .text.B,"ax",@progbits
.globl B
.type B,@function
B: call __x86_indirect_thunk_r11
  ret
.size B, .-B
.section .retpoline_sites,"a",@progbits
.long B - .
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
