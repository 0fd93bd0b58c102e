// victim starts as a kCFI preamble would (b8 imm32), endbr64 at +16.
.text
.globl victim
.type victim,@function
victim: mov $0x12345678,%eax; push %rbx; mov %rsp,%rbx; nopl 0x0(%rax,%rax,1); .byte 0x0f,0x1f,0x00
 endbr64; call ext; mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
