# Pair c29_02_other_sections_alignment (a.s); class 29-own-addresses-and-prefixes (blind review 109, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c29_02_other_sections_alignment/a.o
# Truth: f changed; g, pad identical. f returns the low six bits of g's
# address; g's section is aligned 16 in A, 64 in B (linked: 0x30 vs 0).
# f reads the low bits of g's address; g's section alignment differs (16 vs 64)
.section .text.f,"ax",@progbits
.globl f
.type f,@function
f:
  lea g(%rip),%rax
  and $63,%eax
  ret
.size f,.-f
.section .text.pad,"ax",@progbits
.globl pad
.type pad,@function
pad:
  ret
.size pad,.-pad
.section .text.g,"ax",@progbits
.p2align 4
.globl g
.type g,@function
g:
  ret
.size g,.-g
