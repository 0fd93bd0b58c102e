# Pair c23_04_same_named_local_labels (b.s); class 23-patched-across-edges (blind review 58, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c23_04_same_named_local_labels/b.o
#   then: bash post.sh OUT/c23_04_same_named_local_labels/b.o (see there)
# Truth: f changed, g identical, h identical.
# post.sh renames foo_l2 to foo_l1 in .strtab: two local labels of one name in
# .text.o1 (ret) and .text.o2 (ud2; ret), as after `ld -r` of two units. f
# calls the first (A) vs the second (B): f(…) returns vs traps.
	.text
	.globl f
	.type f,@function
f:
.Lf_site:
	.skip 8, 0x90
	call foo_l2
	ret
	.size f, .-f
	.globl g
	.type g,@function
g:
.Lg_site:
	.skip 8, 0x90
	ret
	.size g, .-g
	.globl h
	.type h,@function
h:
	nop
	ret
	.size h, .-h
	.section .altinstr_replacement,"ax"
.Lr0:
	nop
	.pushsection .altinstructions,"a"
	.long .Lg_site - .
	.long .Lr0 - .
	.long 0x10
	.byte 8
	.byte 1
	.popsection
	.section .text.o1,"ax"
foo_l1:
	ret
	.section .text.o2,"ax"
foo_l2:
	ud2
	ret
