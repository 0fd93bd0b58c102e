# a kbuild-like build: arch/.a64.o.cmd (x86-64) and arch/.b32.o.cmd (-m32)
for u in a64 b32; do
	if [ $u = a64 ]; then flags="-DCONFIG_X86_64"; else flags="-m32"; fi
	cmd="clang-19 -Wp,-MMD,arch/.$u.o.d $flags -O2 -Iinclude -c -o arch/$u.o arch/$u.c"
	eval "$cmd"
	{
		echo "savedcmd_arch/$u.o := $cmd"
		echo
		echo "source_arch/$u.o := arch/$u.c"
		echo
		echo "deps_arch/$u.o := \\"
		echo "  include/asm/stack.h \\"
		echo
		echo "arch/$u.o: \$(deps_arch/$u.o)"
		echo
		echo "\$(deps_arch/$u.o):"
	} > arch/.$u.o.cmd
	rm -f arch/.$u.o.d
done
