# Pair c33_03_weak_data (a.s); class 33-references-through-weak-symbols (blind review 129, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c33_03_weak_data/a.o
# v is weak data; g reads it by name in a.s, through .Lv in b.s. A strong
# v = 2 in another object: g returns 2 in a, 1 in b.
	.data
	.weak v
	.type v,@object
v:
.Lv:	.long 1
	.size v,4
	.text
	.globl g
	.type g,@function
g:	movl v(%rip),%eax
	ret
	.size g,.-g
