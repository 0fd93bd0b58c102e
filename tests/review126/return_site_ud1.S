// A .return_sites entry on a 1-byte ret with ud1 %esp,%ecx (0f b9 cc) 5
// bytes on: apply_returns takes it for a static call's trampoline and
// writes a 5-byte jmp to the return thunk there (__static_call_fixup),
// over the 4 bytes after the ret, which the other path runs.
.text
.globl victim
.type victim,@function
victim:
  push %rbx
  mov %rsp,%rbx
  test %edi,%edi
  jnz 1f
  pop %rbx
9: ret
1: nop
  nop
  jmp 2f
  .byte 0x0f,0xb9,0xcc
2: mov %rbx,%rsp
  pop %rbx
  ret
.size victim,.-victim
.section .return_sites,"a"
  .long 9b - .
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
