# Pair c30_01_computed_entry_into_other_function (b.s); class 30-computed-entries-and-cut-symbols (blind review 113, session 49)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c30_01_computed_entry_into_other_function/b.o
# Truth: f changed, g identical. g enters f at f+11 (lea f; add $11; jmp *%rcx):
# A's f+11 is inc %eax; ret (g returns 1), B's is inside the xor (g returns 0).
# f differs only in its je's width and a NOP's shape: the bytes count
# because code elsewhere forms f's address.
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
g:  lea f(%rip),%rcx
    add $11,%rcx
    xor %eax,%eax
    jmp *%rcx
.size g,.-g
