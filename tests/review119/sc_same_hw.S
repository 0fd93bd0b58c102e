// Static call: victim calls __SCT__foo (listed in .static_call_sites); the
// object's own setter does static_call_update(foo, bad): the kernel then
// rewrites victim's call site to `call bad`, and bad clobbers %rbx.

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
.type bad,@function
bad: xor %ebx,%ebx; ret
.size bad, .-bad
.globl setter
.type setter,@function
setter: lea __SCK__foo(%rip),%rdi; lea __SCT__foo(%rip),%rsi; lea bad(%rip),%rdx; jmp __static_call_update
.size setter, .-setter
