// One object, function sections (.text.A, .text.B; the link puts them next to
// each other in .text, input order). A's last instruction, a 'ret', is a
// static-call tail site (.static_call_sites key|1; __static_call_validate
// accepts RET for a tail site). Setting the static call to a function makes
// the kernel write "e9 rel32" at the site: B's first 4 bytes become rel32.
// With the function at B+4+0x00909090 they are 90 90 90 00, and B reads
// "00 53 48" (add %dl,0x48(%rbx)), "89 e3" (mov %esp,%ebx): the push is
// gone and the copy keeps 32 bits of %rsp.

.section .text.A,"ax",@progbits
.globl A
.type A,@function
A: nop
scsite: ret
.size A, .-A
.section .text.B,"ax",@progbits
.globl B
.type B,@function
B: nop; nop; nop; nop
  push %rbx
  mov %rsp,%rbx
  call ext
  mov %rbx,%rsp
  pop %rbx
  ret
.size B, .-B
.section .static_call_sites,"aw"
.long scsite - .
.long key + 1 - .
.data
.globl key
key: .quad 0
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
