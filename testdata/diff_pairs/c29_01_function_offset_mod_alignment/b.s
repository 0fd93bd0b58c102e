# Pair c29_01_function_offset_mod_alignment (b.s); class 29-own-addresses-and-prefixes (blind review 109, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c29_01_function_offset_mod_alignment/b.o
# Truth: f, s, u changed; pre identical. .text is aligned 64 in both; pre's
# padding moves f, s and u by 16 bytes, and each returns the low six bits
# of its own address (0x10 vs 0x20).
# f/s/u read the low 6 bits of their own address. .text is 64-aligned in both;
# in B the preceding function has 16 more bytes of int3 padding, so f moves from
# .text+0x10 to .text+0x20 (same section alignment, different address mod 64).
.text
.p2align 6
.globl pre
.type pre,@function
pre:
  ret; .fill 16,1,0xcc
.size pre,.-pre
.p2align 4
.globl f
.type f,@function
f:
  lea f(%rip),%rax
  and $63,%eax
  ret
.size f,.-f
.p2align 4
.type s,@function
s:
  lea s(%rip),%rax
  and $63,%eax
  ret
.size s,.-s
.p2align 4
.globl u
.type u,@function
u:
  lea 0(%rip),%rax
  and $63,%eax
  ret
.size u,.-u
