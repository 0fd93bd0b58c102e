// Object Y2 (session 50): xo_Y.o's B without its first byte, a nop: B
// starts its section with push %rbx. The nop made B's first byte one the
// call-depth thunk may be written over (a run of nops at a section's
// start, which the link may lengthen: review 124's rule), which took the
// claim of xo_Y.o alone; here only X's patch past its section's end
// reaches B.
.section .text,"ax",@progbits
.globl B
.type B,@function
B: push %rbx
  mov %rsp,%rbx
  call ext
  mov %rbx,%rsp
  pop %rbx
  ret
.size B, .-B
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
