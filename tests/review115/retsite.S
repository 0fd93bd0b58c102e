// A .return_sites entry at A's final 'ret' (c3), 1 byte before B. B's bytes
// at site+5..+7 are "0f b9 cc" (tramp_ud), so apply_returns ->
// __static_call_fixup(addr, RET) takes the site for a static-call trampoline
// and __static_call_transform(site, RET, NULL, true) writes 5 bytes there:
// "e9 rel32" (jmp x86_return_thunk, cpu_wants_rethunk_at) or "c3 cc cc cc cc".
// B's first 4 bytes become rel32 (or int3s). B jumps over the ud1 at +4.
// If the link puts x86_return_thunk at site+5+0x....07eb, B starts with
// "eb 07" = jmp B+9, the middle of "48 89 e3": "89 e3" = mov %esp,%ebx.

.text
.globl A
.type A,@function
A: nop
site: ret
.size A, .-A
.globl B
.type B,@function
B: jmp 1f
  .byte 0x66, 0x90
  .byte 0x0f, 0xb9, 0xcc
1: push %rbx
  mov %rsp,%rbx
  call ext
  mov %rbx,%rsp
  pop %rbx
  ret
.size B, .-B
.section .return_sites,"a",@progbits
.long site - .
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
