# a kbuild-like build in the tree: one .cmd file per unit (object, source, flags)
while IFS='|' read -r obj src flags; do
	[ -z "$obj" ] && continue
	dir=$(dirname "$obj"); base=$(basename "$obj")
	cmd="clang-19 -Wp,-MMD,$dir/.$base.d $flags -O2 -Iinclude -c -o $obj $src"
	eval "$cmd"
	{
		echo "savedcmd_$obj := $cmd"
		echo
		echo "source_$obj := $src"
		echo
		echo "deps_$obj := \\"
		echo "  include/asm/op.h \\"
		echo "  include/asm/asm.h \\"
		echo
		echo "$obj: \$(deps_$obj)"
		echo
		echo "\$(deps_$obj):"
	} > "$dir/.$base.cmd"
	rm -f "$dir/.$base.d"
done < units
