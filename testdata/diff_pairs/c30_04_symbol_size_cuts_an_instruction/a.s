# Pair c30_04_symbol_size_cuts_an_instruction (a.s); class 30-computed-entries-and-cut-symbols (blind review 113, session 49)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c30_04_symbol_size_cuts_an_instruction/a.o
# Truth: f changed, g identical. f's .size (5) ends inside movl $imm32,%eax;
# the immediate's last two bytes are g's first (2e 90 vs 3e 90: cs/ds nop):
# f returns 0x902e3344 (A) vs 0x903e3344 (B).
.text
.globl f
.type f,@function
f: test %edi,%edi
   .byte 0xb8,0x44,0x33
.size f,.-f
.globl g
.type g,@function
g: .byte 0x2e,0x90
   ret
.size g,.-g
