// Hand-written variant of F_sc_tramp.S (no compiler .comment).
// DEFINE_STATIC_CALL(foo, good) in the same object: the trampoline
// __SCT__foo is `jmp good` (read as the callee), but setter does
// static_call_update(foo, bad): the kernel rewrites victim's site (and the
// trampoline) to bad, which clobbers %rbx.

.text
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx
1: call __SCT__foo
    mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
.pushsection .static_call_sites,"a"
.long 1b - .
.long __SCK__foo - .
.popsection
.type good,@function
good: ret
.size good, .-good
.type bad,@function
bad: xor %ebx,%ebx; ret
.size bad, .-bad
.globl setter
.type setter,@function
setter: lea __SCK__foo(%rip),%rdi; lea __SCT__foo(%rip),%rsi; lea bad(%rip),%rdx; jmp __static_call_update
.size setter, .-setter
.pushsection .static_call.text,"ax"
.align 4
.globl __SCT__foo
__SCT__foo: .byte 0xe9; .long good - (. + 4); .byte 0x0f,0xb9,0xcc
.type __SCT__foo,@function
.size __SCT__foo, . - __SCT__foo
.popsection
.data
.globl __SCK__foo
__SCK__foo: .quad __SCT__foo; .quad 0
