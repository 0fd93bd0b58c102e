#!/bin/bash
# Blind review round 2 of `rspill suggest` (REPORT.md): each case directory has
# tree/ (the files), site, cmd (line 1: the --compile command; further lines:
# other configurations that must render identically too) and truth.md.
# For every draft: apply it to a copy and compare the #APP..#NO_APP blocks of
# `CMD -S` before and after for every line of cmd.
#
#   tests/suggest_review/round2/run.sh [CASE...]     (RSPILL=binary, WORK=dir)
HERE=$(cd "$(dirname "$0")" && pwd)
RSPILL=${RSPILL:-$HERE/../../../target/release/rspill}
WORK=${WORK:-/tmp/suggest_review2.$$}
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
	for d in "$HERE"/[0-9]*/; do cases+=("$(basename "$d")"); done
fi
render() { # dir cmd -> APP blocks on stdout (COMPILE-FAIL if it does not build)
	local cmd=${2/ -c / -S }
	(cd "$1" && eval "$cmd -o - -w" 2>/dev/null | awk '/#APP/{p=1;next}/#NO_APP/{p=0;print "----";next}p')
	(cd "$1" && eval "$cmd -o /dev/null -w" >/dev/null 2>&1) || echo "COMPILE-FAIL"
}
n_ok=0; n_refused=0; n_wrong=0; n_broken=0
for N in "${cases[@]}"; do
	C=$HERE/$N; W=$WORK/$N; rm -rf "$W"; mkdir -p "$W"
	cp -r "$C/tree" "$W/orig"
	(cd "$W/orig" && git init -q && git add -A && git -c user.name=a -c user.email=a@b commit -qm init)
	SITE=$(cat "$C/site"); CMD1=$(head -1 "$C/cmd")
	(cd "$W/orig" && timeout 300 "$RSPILL" suggest --tree . --site "$SITE" --compile "$CMD1" \
		--strategy reorder --strategy frame-address --out "$W/out") >"$W/suggest.out" 2>&1
	for s in reorder frame-address; do
		p=$(ls "$W"/out/$s-*.patch 2>/dev/null | head -1)
		if [ -z "$p" ]; then n_refused=$((n_refused+1)); echo "$N $s refused: $(grep -o "$s not drafted: .*" "$W/suggest.out" | head -1 | cut -c1-160)"; continue; fi
		rm -rf "$W/$s"; cp -r "$W/orig" "$W/$s"
		if ! (cd "$W/$s" && git apply "$p" 2>/dev/null); then n_broken=$((n_broken+1)); echo "$N $s BROKEN (does not apply)"; continue; fi
		verdict=correct; i=0
		while IFS= read -r cmd; do
			[ -z "$cmd" ] && continue; i=$((i+1))
			render "$W/orig" "$cmd" >"$W/before.$i"; render "$W/$s" "$cmd" >"$W/$s.after.$i"
			if grep -q COMPILE-FAIL "$W/$s.after.$i" && ! grep -q COMPILE-FAIL "$W/before.$i"; then verdict=BROKEN
			elif ! cmp -s "$W/before.$i" "$W/$s.after.$i"; then verdict=WRONG; fi
		done <"$C/cmd"
		case $verdict in correct) n_ok=$((n_ok+1));; WRONG) n_wrong=$((n_wrong+1));; BROKEN) n_broken=$((n_broken+1));; esac
		echo "$N $s $verdict"
	done
done
echo "summary: $n_ok correct, $n_refused refused, $n_wrong WRONG, $n_broken BROKEN (work files in $WORK)"
