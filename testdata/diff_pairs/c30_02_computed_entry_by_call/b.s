# Pair c30_02_computed_entry_by_call (b.s); class 30-computed-entries-and-cut-symbols (blind review 113, session 49)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c30_02_computed_entry_by_call/b.o
# Truth: f changed, g identical. As c30_01, with call *%rcx.
.text
.globl f
.type f,@function
f:  test %edi,%edi
    .byte 0x0f,0x84; .long 1f-.-4
    .byte 0x66,0x90
    xor %eax,%eax
    inc %eax
    ret
1:  mov $7,%eax
    ret
.size f,.-f
.globl g
.type g,@function
g:  lea f(%rip),%rcx; add $11,%rcx; xor %eax,%eax; call *%rcx; ret
.size g,.-g

