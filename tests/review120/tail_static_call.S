// victim calls local helper which tail-calls through a static call site (tail flag)

.text
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx
  call helper
  mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
.type helper,@function
helper:
1: jmp __SCT__foo
.size helper,.-helper
.type bad,@function
bad: xor %ebx,%ebx; ret
.size bad,.-bad
.globl setup
.type setup,@function
setup: lea bad(%rip),%rdx; lea __SCK__foo(%rip),%rdi; lea __SCT__foo(%rip),%rsi; jmp __static_call_update
.size setup,.-setup
.pushsection .static_call_sites,"aw"
.long 1b - .
.long __SCK__foo - . + 1
.popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
