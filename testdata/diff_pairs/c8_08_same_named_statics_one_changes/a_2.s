# Pair c8_08_same_named_statics_one_changes (a_2.s, part 2 of a.o); class 8-noise
# Build (partial link of two assembled parts):
#   clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c8_08_same_named_statics_one_changes/a_1.tmp.o
#   clang-19 --target=x86_64-linux-gnu -c a_2.s -o OUT/c8_08_same_named_statics_one_changes/a_2.tmp.o
#   clang-19 --target=x86_64-linux-gnu -fuse-ld=lld -nostdlib -Wl,--build-id=none -r OUT/c8_08_same_named_statics_one_changes/a_1.tmp.o OUT/c8_08_same_named_statics_one_changes/a_2.tmp.o -o OUT/c8_08_same_named_statics_one_changes/a.o
#
# Truth (per function):
#   helper@.text: identical -- unchanged twin in .text
#   helper@.text.unlikely: changed -- returns 2 vs 3
#   f: identical -- calls the unchanged .text helper
#   g: identical -- own code unchanged; only its callee changed
#
# Two static functions both named "helper" cannot come from one assembly
# file, so each side is two assembled parts joined with a partial link
# (clang-19 -r, as kernel built-in.a/vmlinux.o objects are): part 1 has
# helper (returns 1) and f (calls it) in .text; part 2 has helper (returns
# N) and g (tail-calls it) in .text.unlikely.
#
# Same link order; the .text.unlikely helper returns 2 in A and 3 in B. Only
# it (and nothing else) changed; the same-named .text helper is identical.
# g's own code is unchanged (it jumps to its helper in both).

	.section	.text.unlikely,"ax",@progbits
	.type	helper,@function
helper:
	movl	$2, %eax
	ret
	.size	helper, .-helper

	.globl	g
	.type	g,@function
g:
	jmp	helper
	.size	g, .-g
