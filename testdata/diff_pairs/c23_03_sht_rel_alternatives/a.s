# Pair c23_03_sht_rel_alternatives (a.s); class 23-patched-across-edges (blind review 58, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c23_03_sht_rel_alternatives/a.o
#   then: bash post.sh OUT/c23_03_sht_rel_alternatives/a.o (see there)
# Truth: fn0 identical, fn1 changed, fn2 identical, h identical.
# post.sh turns .rela.altinstructions into SHT_REL (the addends move into the
# table's bytes). fn1's replacement calls zz (A) vs zz+4 (B); with the
# addends ignored every entry would land on .text+0.
	.text
	.globl fn0
	.type fn0,@function
fn0:
.Lfn0_site:
	.skip 8, 0x90
	ret
	.size fn0, .-fn0
	.globl fn1
	.type fn1,@function
fn1:
.Lfn1_site:
	.skip 8, 0x90
	ret
	.size fn1, .-fn1
	.globl fn2
	.type fn2,@function
fn2:
.Lfn2_site:
	.skip 8, 0x90
	ret
	.size fn2, .-fn2
	.globl h
	.type h,@function
h:
	nop
	ret
	.size h, .-h
	.section .altinstr_replacement,"ax"
.Lr0:
	call t0
.Lr1:
	call zz
.Lr2:
	call t2
	.pushsection .altinstructions,"a"
	.long .Lfn0_site - .
	.long .Lr0 - .
	.long 0x10
	.byte 8
	.byte 5
	.popsection
	.pushsection .altinstructions,"a"
	.long .Lfn1_site - .
	.long .Lr1 - .
	.long 0x11
	.byte 8
	.byte 5
	.popsection
	.pushsection .altinstructions,"a"
	.long .Lfn2_site - .
	.long .Lr2 - .
	.long 0x12
	.byte 8
	.byte 5
	.popsection
