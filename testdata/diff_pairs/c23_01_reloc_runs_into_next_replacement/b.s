# Pair c23_01_reloc_runs_into_next_replacement (b.s); class 23-patched-across-edges (blind review 58, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c23_01_reloc_runs_into_next_replacement/b.o
# Truth: f changed, g changed, h identical.
# f's replacement (4 NOPs) carries a 4-byte R_X86_64_32 at its last byte: the
# field runs on into g's replacement, which follows it directly. A writes s1's
# address there, B s2's: both f's and g's patched-in bytes differ at boot.
	.text
	.globl f
	.type f,@function
f:
.Lf_site:
	.skip 8, 0x90
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
.Lr1:
	.skip 4, 0x90
.Lr2:
	.skip 8, 0x90
	.reloc .Lr1+3, R_X86_64_32, s2
	.pushsection .altinstructions,"a"
	.long .Lf_site - .
	.long .Lr1 - .
	.long 0x10
	.byte 8
	.byte 4
	.popsection
	.pushsection .altinstructions,"a"
	.long .Lg_site - .
	.long .Lr2 - .
	.long 0x11
	.byte 8
	.byte 8
	.popsection
