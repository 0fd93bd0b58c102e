# Pair c27_02_fixup_table_at_start_control (a.s); class 27-unknown-table-at-start (blind review 98's open case, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c27_02_fixup_table_at_start_control/a.o
# Truth: f identical.
# The control: f is named by a PCI fixup table (a function the kernel calls, never patches) whose next byte differs; f is the same (the table's change is its own data record).
.text
.globl f
.type f,@function
f: call g
  ret
.size f,.-f
.globl g
.type g,@function
g: movl $7,%eax
  ret
.size g,.-g
.section .pci_fixup_final,"a",@progbits
.balign 8
.quad f
.byte 1, 5
