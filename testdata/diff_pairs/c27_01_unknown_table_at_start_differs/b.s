# Pair c27_01_unknown_table_at_start_differs (b.s); class 27-unknown-table-at-start (blind review 98's open case, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c27_01_unknown_table_at_start_differs/b.o
# Truth: f changed.
# A table rspill does not know names f's first byte (as .parainstructions did: the kernel patched len bytes there by type): its entry's type byte differs (1 in A, 2 in B), so other bytes may run in f.
.text
.globl f
.type f,@function
f: call g
  ret
.size f,.-f
.globl g
.type g,@function
g: movl $7,%eax
  ret
.size g,.-g
.section .parainstructions,"a",@progbits
.balign 8
.quad f
.byte 2, 5
