# an in-tree kbuild-like build: drivers/.a.o.cmd and drivers/.b.o.cmd
for u in a b; do
	if [ $u = a ]; then flags=""; else flags="'-DEXTRA_OUT=\"=r\"(c), \"=r\"(d)'"; fi
	cmd="clang-19 -Wp,-MMD,drivers/.$u.o.d -O2 -Iinclude $flags -c -o drivers/$u.o drivers/$u.c"
	eval "$cmd"
	{
		echo "savedcmd_drivers/$u.o := $cmd"
		echo
		echo "source_drivers/$u.o := drivers/$u.c"
		echo
		echo "deps_drivers/$u.o := \\"
		echo "  include/asm/op.h \\"
		echo
		echo "drivers/$u.o: \$(deps_drivers/$u.o)"
		echo
		echo "\$(deps_drivers/$u.o):"
	} > drivers/.$u.o.cmd
	rm -f drivers/.$u.o.d
done
