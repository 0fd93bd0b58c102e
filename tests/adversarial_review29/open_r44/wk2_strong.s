.text
.globl g
.type g,@function
g:
  mov $0x1234,%ebx
  ret
.size g,.-g
