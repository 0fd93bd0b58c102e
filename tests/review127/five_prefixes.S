// An .altinstructions site that is never applied (ALT_FLAG_NOT with
// X86_FEATURE_ALWAYS) holding es cs ss ds add $0x1234,%ax (four distinct
// prefixes, then 66) and lea -0x2c2d3f70(%rax),%rdx. The kernel's decoder
// stops at the fifth distinct prefix (insn.c insn_get_prefixes: nb == 4)
// and reads 66 as the opcode, so its instructions part from the CPU's:
// it finds 90 90 inside the lea, which optimize_nops (run on every site)
// rewrites into 66 90, and the CPU then runs lea -0x70(%rsi),%rsp.
.text
.globl victim
.type victim,@function
victim:
  push %rbx
  mov %rsp,%rbx
1: .byte 0x26,0x2e,0x36,0x3e,0x66,0x05,0x34,0x12
  .byte 0x48,0x8d,0x90,0x90,0xc0,0xd2,0xd3
2:
  mov %rbx,%rsp
  pop %rbx
  ret
.size victim,.-victim
.pushsection .altinstr_replacement,"ax"
4: .byte 0x26,0x2e,0x36,0x3e,0x66,0x05,0x34,0x12
  .byte 0x48,0x8d,0x90,0x90,0xc0,0xd2,0xd3
5:
.popsection
.pushsection .altinstructions,"a"
  .long 1b - .
  .long 4b - .
  .short 117
  .short 1
  .byte 2b-1b
  .byte 5b-4b
.popsection
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
