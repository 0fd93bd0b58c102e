# a kbuild-like build: arch/.a64.o.cmd (x86-64) and arch/.b32.o.cmd (-m32), from ./units
bash "$(dirname "$0")/../kbuild_units.sh" include/asm/stack.h
