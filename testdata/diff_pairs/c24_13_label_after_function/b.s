# Pair c24_13_label_after_function (b.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c24_13_label_after_function/b.o
# Truth: f changed, lbl changed.
# The same with the out-of-line code in .text after `.size f` under a label.
.text
.globl f
.type f,@function
f: jmp lbl
back: ret
.size f,.-f
lbl: movl $2,%eax
 jmp back
