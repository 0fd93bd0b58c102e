#!/usr/bin/env bash
# Rebuild every rspill test fixture object from source and regenerate the
# recorded objtool output next to it.
#
#   testdata/asm/*.S  -> *.o  + *.objtool.txt
#   testdata/c/*.c    -> *.o  + *.objtool.txt   (clang-19 + KMSAN)
#   testdata/bad/     -> aarch64.o, i386.o, x86_64_stripped.o (+ *.objtool.txt)
#
# testdata/kernel/ is NOT touched.
#
# Overridable tools:
#   CLANG    (default clang-19)
#   STRIP    (default llvm-strip-19)
#   OBJTOOL  (default Debian's objtool from linux-kbuild-6.12.117+deb12)
#
# objtool always exits 0 (even with warnings); what it prints (stdout and
# stderr together) is stored verbatim in NAME.objtool.txt, empty if it
# printed nothing.  It is run from inside the object's directory with the
# bare file name so the recorded text does not depend on the checkout path.
#
# After rebuilding, the "# expect:" lines are checked against the recorded
# objtool output (some line of FUNC says objtool_fail=yes <=> a line
# "FILE.o: warning: objtool: FUNC+..." exists, unless "# objtool-other: FUNC"
# says objtool names FUNC for another reason); a mismatch is reported and
# makes the script exit 1.

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

CLANG=${CLANG:-clang-19}
STRIP=${STRIP:-llvm-strip-19}
OBJTOOL=${OBJTOOL:-/usr/lib/linux-kbuild-6.12.117+deb12/tools/objtool/objtool}

# Hand-written x86-64 assembly (AT&T, run through the C preprocessor).
ASFLAGS=(--target=x86_64-linux-gnu -c)

# C fixtures: the flags from the task, plus
#   -mfunction-return=thunk-extern  returns become "jmp __x86_return_thunk"
#                                   (kernel style; otherwise objtool --rethunk
#                                   adds a "'naked' return found" warning)
#   -fdebug-compilation-dir=.       reproducible DWARF (no absolute build dir);
#                                   does not change the generated code
CFLAGS_KMSAN=(--target=x86_64-linux-gnu -O2 -fsanitize=kernel-memory
	-mno-red-zone -mcmodel=kernel -fno-pic -ffreestanding -fno-builtin
	-mfunction-return=thunk-extern -g -fdebug-compilation-dir=.)

OBJTOOL_ARGS=(--hacks=jump_label --hacks=noinstr --orc --retpoline --rethunk
	--static-call --uaccess --dry-run)

run() {
	printf '  %s\n' "$*"
	"$@"
}

# run_objtool DIR OBJ: record objtool's output for DIR/OBJ in DIR/NAME.objtool.txt
run_objtool() {
	local dir=$1 obj=$2
	printf '  (cd %s && SRCARCH=x86 %s %s %s) > %s 2>&1\n' \
		"$dir" "$OBJTOOL" "${OBJTOOL_ARGS[*]}" "$obj" "${obj%.o}.objtool.txt"
	(cd "$dir" && SRCARCH=x86 "$OBJTOOL" "${OBJTOOL_ARGS[@]}" "$obj" \
		> "${obj%.o}.objtool.txt" 2>&1) || true
}

echo "== asm"
for src in asm/*.S; do
	obj=${src%.S}.o
	run "$CLANG" "${ASFLAGS[@]}" "$src" -o "$obj"
	run_objtool asm "$(basename "$obj")"
done

echo "== c"
for src in c/*.c; do
	obj=${src%.c}.o
	(cd c && run "$CLANG" "${CFLAGS_KMSAN[@]}" -c "$(basename "$src")" -o "$(basename "$obj")")
	run_objtool c "$(basename "$obj")"
done

echo "== bad"
(
	cd bad
	run "$CLANG" --target=aarch64-linux-gnu -c aarch64.c -o aarch64.o
	run "$CLANG" --target=i386-linux-gnu -c i386.c -o i386.o
	run "$CLANG" --target=x86_64-linux-gnu -c x86_64_stripped.S -o x86_64_stripped.o
	run "$STRIP" --strip-all x86_64_stripped.o
)
for obj in aarch64.o i386.o x86_64_stripped.o; do
	run_objtool bad "$obj"
done

echo "== checking objtool_fail= in expect lines against the recorded output"
status=0
for src in asm/*.S c/*.c; do
	case $src in
	*.S) base=${src%.S} ;;
	*.c) base=${src%.c} ;;
	esac
	txt=$base.objtool.txt
	objname=$(basename "$base").o
	# objtool_fail is per restore (objtool lost the CFA *because of* that
	# write) and objtool prints one warning per function: a function is
	# named by objtool iff one of its expect lines says objtool_fail=yes.
	for func in $(grep -E '^# expect: ' "$src" | grep -v ' none$' | awk '{print $3}' | sort -u); do
		# "# objtool-other: FUNC": objtool's line for FUNC has another cause
		# than its restores (a retpoline, UACCESS or DF check first): it
		# must be named, and no restore of it fails objtool.
		if grep -qE "^# objtool-other: $func\$" "$src"; then
			if grep -E "^# expect: $func " "$src" | grep -q 'objtool_fail=yes' ||
				! grep -q "^$objname: warning: objtool: $func+" "$txt"; then
				echo "MISMATCH: $src: $func objtool-other but objtool_fail=yes or objtool silent"
				status=1
			fi
			continue
		fi
		if grep -E "^# expect: $func " "$src" | grep -q 'objtool_fail=yes'; then
			want=yes
		else
			want=no
		fi
		if grep -q "^$objname: warning: objtool: $func+" "$txt"; then
			got=yes
		else
			got=no
		fi
		if [ "$want" != "$got" ]; then
			echo "MISMATCH: $src: $func objtool_fail=$want but objtool output says $got"
			status=1
		fi
	done
	# functions expected "none" must not be named by objtool either
	while read -r _ _ func _; do
		if grep -q "^$objname: warning: objtool: $func+" "$txt"; then
			echo "MISMATCH: $src: $func expected none but objtool warns"
			status=1
		fi
	done < <(grep -E '^# expect: [A-Za-z0-9_]+ none$' "$src")
done
if [ $status -eq 0 ]; then
	echo "  all consistent"
fi
exit $status
