// .altinstructions site = A's last instruction (ret, 1 byte) with instrlen 5,
// replacement "c3 53 48 89 eb" (X86_FEATURE_ALWAYS): apply_alternatives
// copies 5 bytes over the site, i.e. over B's first 4 bytes too:
// B "push %rbx; mov %rsp,%rbx" (53 48 89 e3) becomes "push %rbx; mov %rbp,%rbx".
// mode=sect: B in .text.B, A in .text.A (function sections; the link puts them side by side).

.section .text.A,"ax",@progbits
.globl A
.type A,@function
A: nop
site: ret
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
.section .altinstr_replacement,"ax",@progbits
repl: .byte 0xc3,0x53,0x48,0x89,0xeb
.section .altinstructions,"a",@progbits
.long site - .
.long repl - .
.long 117
.byte 5
.byte 5
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
