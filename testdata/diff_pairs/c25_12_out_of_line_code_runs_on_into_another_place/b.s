# Pair c25_12_out_of_line_code_runs_on_into_another_place (b.s); class 25-tables-on-code-reached-outside (blind review 61, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c25_12_out_of_line_code_runs_on_into_another_place/b.o
# Truth: f changed, g changed.
# f jumps to out-of-line code at .Lc1 (movl $1,%eax), which runs on into
# .Lc2, a place g also jumps to: movl $1,%ecx (A) vs $2 (B); addl; ret.
# f returns 2 (A) vs 3 (B). Session 36's build compared .Lc1's code only
# up to .Lc2 (the next referenced place) and called f identical.
.section .text,"ax",@progbits
.globl f
.type f,@function
f:
  testl %edi,%edi
  jne .Lc1
  ret
.size f,.-f
.section .text,"ax",@progbits
.globl g
.type g,@function
g:
  jmp .Lc2
.size g,.-g
.section .text.unlikely,"ax"
.Lc1: movl $1,%eax
.Lc2: movl $2,%ecx
  addl %ecx,%eax
  ret
