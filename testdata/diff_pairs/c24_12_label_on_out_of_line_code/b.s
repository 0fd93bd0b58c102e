# Pair c24_12_label_on_out_of_line_code (b.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c24_12_label_on_out_of_line_code/b.o
# Truth: f changed, fix1 changed.
# f jumps to `fix1` (a local label in .fixup), which sets %eax and jumps
# back into f: f returns 1 (A) vs 2 (B). Without the label rspill compared
# that code inside f; with it, only by name.
.section .fixup,"ax"
fix1: movl $2,%eax
 jmp back
.text
.globl f
.type f,@function
f: jmp fix1
back: ret
.size f,.-f
