# Pair c23_02_alternative_patches_past_function_end (a.s); class 23-patched-across-edges (blind review 58, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c23_02_alternative_patches_past_function_end/a.o
# Truth: f changed, g changed, h identical.
# The alternative's site starts at f+4 and is 10 bytes long: past f's 9 bytes
# into g's first 5. The replacement calls s1 (A) vs s2 (B): what runs at g's
# entry after boot differs.
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
.Lr0:
	call s1
	call s1
	.pushsection .altinstructions,"a"
	.long .Lf_site+4 - .
	.long .Lr0 - .
	.long 0x10
	.byte 10
	.byte 10
	.popsection
