// the object DEFINE_STATIC_CALL(foo, good) is in, and static_call_update(foo, bad)

.text
.globl good
.type good,@function
good: ret
.size good,.-good
.type bad,@function
bad: xor %ebx,%ebx; ret
.size bad,.-bad
.globl setup
.type setup,@function
setup: lea bad(%rip),%rdx; lea __SCK__foo(%rip),%rdi; lea __SCT__foo(%rip),%rsi; jmp __static_call_update
.size setup,.-setup
.pushsection .static_call.text,"ax"
.align 4
.globl __SCT__foo
__SCT__foo: .byte 0xe9; .long good - (. + 4); .byte 0x0f,0xb9,0xcc
.type __SCT__foo,@function
.size __SCT__foo,.-__SCT__foo
.popsection
.data
.globl __SCK__foo
__SCK__foo: .quad good, 1
.text
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx
  call __SCT__foo
  mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
