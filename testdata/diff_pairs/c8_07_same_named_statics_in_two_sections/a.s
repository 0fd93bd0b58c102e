# Pair c8_07_same_named_statics_in_two_sections (a.s, part 1 of a.o); class 8-noise
# Build (partial link of two assembled parts):
#   clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c8_07_same_named_statics_in_two_sections/a_1.tmp.o
#   clang-19 --target=x86_64-linux-gnu -c a_2.s -o OUT/c8_07_same_named_statics_in_two_sections/a_2.tmp.o
#   clang-19 --target=x86_64-linux-gnu -fuse-ld=lld -nostdlib -Wl,--build-id=none -r OUT/c8_07_same_named_statics_in_two_sections/a_1.tmp.o OUT/c8_07_same_named_statics_in_two_sections/a_2.tmp.o -o OUT/c8_07_same_named_statics_in_two_sections/a.o
#
# Truth (per function):
#   helper@.text: identical -- same code; symtab order differs
#   helper@.text.unlikely: identical -- same code; symtab order differs
#   f: identical -- same call
#   g: identical -- same call
#
# Two static functions both named "helper" cannot come from one assembly
# file, so each side is two assembled parts joined with a partial link
# (clang-19 -r, as kernel built-in.a/vmlinux.o objects are): part 1 has
# helper (returns 1) and f (calls it) in .text; part 2 has helper (returns
# N) and g (tail-calls it) in .text.unlikely.
#
# N = 2 on both sides, but B links the parts in the other order (symbol
# table order swapped). Truth: all identical (pairing by section + name).

	.text
	.type	helper,@function
helper:
	movl	$1, %eax
	ret
	.size	helper, .-helper

	.globl	f
	.type	f,@function
f:
	call	helper
	ret
	.size	f, .-f
