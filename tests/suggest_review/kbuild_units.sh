# A kbuild-like build in the current tree, for cases' setup.sh: for every line
# `object|source|flags` of ./units, compile the unit and write the `.cmd` file
# kbuild would (saved command, source, dependencies: the headers given as
# arguments).
#   bash kbuild_units.sh HEADER...
# (`-O2` first: a unit's own flags may give another level.)
while IFS='|' read -r obj src flags; do
	[ -z "$obj" ] && continue
	dir=$(dirname "$obj"); base=$(basename "$obj")
	cmd="clang-19 -Wp,-MMD,$dir/.$base.d -O2 $flags -Iinclude -c -o $obj $src"
	eval "$cmd"
	{
		echo "savedcmd_$obj := $cmd"
		echo
		echo "source_$obj := $src"
		echo
		echo "deps_$obj := \\"
		for h in "$@"; do echo "  $h \\"; done
		echo
		echo "$obj: \$(deps_$obj)"
		echo
		echo "\$(deps_$obj):"
	} > "$dir/.$base.cmd"
	rm -f "$dir/.$base.d"
done < units
