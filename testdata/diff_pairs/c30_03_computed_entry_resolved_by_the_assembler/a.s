# Pair c30_03_computed_entry_resolved_by_the_assembler (a.s); class 30-computed-entries-and-cut-symbols (blind review 113, session 49)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c30_03_computed_entry_resolved_by_the_assembler/a.o
# Truth: f changed, g identical. As c30_01 with f local: the assembler
# resolves lea f(%rip) (no relocation).
.text

.type f,@function
f:  test %edi,%edi
    je 1f
    .byte 0x0f,0x1f,0x44,0x00,0x00
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
