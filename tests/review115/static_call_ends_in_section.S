// Control: .text.A ends with a whole 5-byte static call site (`call`),
// which the kernel writes within its own bytes: nothing reaches past the
// section, and B (at .text.B's start) keeps its claim.
.section .text.A,"ax",@progbits
.globl A
.type A,@function
A: nop
scsite: call target
.size A, .-A
.section .text.B,"ax",@progbits
.globl B
.type B,@function
B: push %rbx
  mov %rsp,%rbx
  call ext
  mov %rbx,%rsp
  pop %rbx
  ret
.size B, .-B
.section .static_call_sites,"aw"
.long scsite - .
.long key - .
.data
.globl key
key: .quad 0
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
