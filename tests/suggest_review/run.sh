#!/bin/bash
# Blind review harness for `rspill suggest` (reorder / frame-address).
#
# Each case directory NN_name/ holds:
#   the C / header files (the tree),
#   site      FILE:LINE given to --site
#   cmd       line 1: the --compile command (run in the tree);
#             further lines: other configurations / translation units that
#             must also render identically after the draft is applied
#   args      (optional) extra rspill arguments; if it exists and contains
#             --build, no --compile is passed ($TREE is replaced by the tree)
#   setup.sh  (optional) run in the tree copy (env TREE) before rspill
#   truth.md  what a correct outcome is
#
# For every draft: copy the tree, `git apply` the draft, and for EVERY command
# in `cmd` compile with clang to assembly (`CMD -S -o X.s`) before and after
# and compare the #APP..#NO_APP blocks (with their function name).
#
# Usage: tests/suggest_review/run.sh [CASE...]
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
RSPILL=${RSPILL:-$HERE/../../target/release/rspill}
WORK=${WORK:-/tmp/suggest_review.$$}
rm -rf "$WORK"; mkdir -p "$WORK"

apps() { # asm file -> APP blocks labelled with their function; local block
	# labels (.LBB*) are replaced by the first instruction after them, so a
	# change of block numbering is not reported as a difference
	awk '
	NR == FNR {
		if ($0 ~ /^\.L[A-Za-z0-9_]+:/) { split($0, p, ":"); pend[p[1]] = 1; next }
		if ($0 ~ /^[ \t]*[#.]/ || $0 ~ /^[ \t]*$/ || $0 ~ /^[A-Za-z_]/) next
		line = $0; gsub(/^[ \t]+/, "", line); gsub(/[ \t]+/, " ", line)
		for (l in pend) { first[l] = line; delete pend[l] }
		next
	}
	/^[A-Za-z_$][A-Za-z0-9_.$]*:/ { fn=$1 }
	/#APP/ { inapp=1; print "== " fn; next }
	/#NO_APP/ { inapp=0; next }
	inapp {
		gsub(/^[ \t]+/, ""); gsub(/[ \t]+/, " ")
		out = ""
		while (match($0, /\.L[A-Za-z0-9_]+/)) {
			l = substr($0, RSTART, RLENGTH)
			out = out substr($0, 1, RSTART - 1) ((l in first) ? "<" first[l] ">" : l)
			$0 = substr($0, RSTART + RLENGTH)
		}
		print "   " out $0
	}
	' "$1" "$1"
}

render() { # tree cmd out -> 0 ok
	( cd "$1" && eval "$2 -S -o '$3'" ) >"$3.log" 2>&1
}

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
	for d in "$HERE"/[0-9]*/; do cases+=("$(basename "$d")"); done
fi

n_ok=0; n_refused=0; n_wrong=0; n_broken=0
printf '%-38s %-14s %s\n' CASE STRATEGY OUTCOME
for c in "${cases[@]}"; do
	src="$HERE/$c"
	w="$WORK/$c"; mkdir -p "$w"
	tree="$w/tree"; mkdir -p "$tree"
	( cd "$src" && tar cf - --exclude=truth.md --exclude=cmd --exclude=site \
		--exclude=args --exclude=setup.sh . ) | ( cd "$tree" && tar xf - )
	( cd "$tree" && git init -q . && git add -A && \
	  git -c user.name=rev -c user.email=rev@example.org commit -qm base ) >/dev/null 2>&1
	if [ -f "$src/setup.sh" ]; then ( cd "$tree" && TREE="$tree" bash "$src/setup.sh" ) >"$w/setup.log" 2>&1; fi
	mapfile -t cmds < "$src/cmd"
	site=$(cat "$src/site")
	extra=()
	if [ -f "$src/args" ]; then
		read -r -a extra <<< "$(sed "s#\$TREE#$tree#g" "$src/args")"
	fi
	compile=(--compile "${cmds[0]}")
	for a in "${extra[@]+"${extra[@]}"}"; do [ "$a" = --build ] && compile=(); done
	# pristine copy (the tree must not be written by rspill)
	cp -a "$tree" "$w/pristine"
	"$RSPILL" suggest --tree "$tree" --site "$site" "${compile[@]+"${compile[@]}"}" \
		"${extra[@]+"${extra[@]}"}" --strategy reorder --strategy frame-address \
		--out "$w/out" >"$w/stdout" 2>"$w/stderr"
	rc=$?
	if ! diff -r -q -x .git "$tree" "$w/pristine" >/dev/null; then
		printf '%-38s %-14s %s\n' "$c" "-" "BROKEN (rspill wrote into the tree)"
		n_broken=$((n_broken + 1))
	fi
	if grep -q -i -E 'panick|RUST_BACKTRACE' "$w/stderr"; then
		printf '%-38s %-14s %s\n' "$c" "-" "CRASH rc=$rc: $(grep -i -m1 panick "$w/stderr")"
	fi
	# before renderings
	for i in "${!cmds[@]}"; do
		render "$tree" "${cmds[$i]}" "$w/before.$i.s" || \
			printf '%-38s %-14s %s\n' "$c" "-" "note: config $i does not compile before the edit"
		[ -f "$w/before.$i.s" ] && apps "$w/before.$i.s" >"$w/before.$i.app"
	done
	for strat in reorder frame-address; do
		p=$(ls "$w/out/$strat"-*.patch 2>/dev/null | head -1)
		if [ -z "$p" ]; then
			reason=$(grep -E "$strat (not drafted|refused|skipped)|not drafted|refused|error" "$w/stderr" | grep -i -- "$strat" | head -2 | tr '\n' ' ')
			[ -z "$reason" ] && reason=$(grep -v '^wrote' "$w/stderr" | head -2 | tr '\n' ' ')
			reason=${reason//"$tree\/"/}; reason=${reason//"$tree"/.}
			printf '%-38s %-14s %s\n' "$c" "$strat" "refused (rc=$rc): $reason"
			n_refused=$((n_refused + 1))
			continue
		fi
		a="$w/$strat"; rm -rf "$a"; cp -a "$w/pristine" "$a"
		if ! ( cd "$a" && git apply "$p" ) >"$w/$strat.apply.log" 2>&1; then
			printf '%-38s %-14s %s\n' "$c" "$strat" "BROKEN: draft does not apply: $(head -1 "$w/$strat.apply.log")"
			n_broken=$((n_broken + 1))
			continue
		fi
		verdict=correct; detail=""
		for i in "${!cmds[@]}"; do
			if ! render "$a" "${cmds[$i]}" "$w/$strat.$i.s"; then
				if [ -f "$w/before.$i.app" ]; then
					verdict=BROKEN; detail+="  config $i [${cmds[$i]}] no longer compiles: $(grep -m1 error "$w/$strat.$i.s.log")"$'\n'
				fi
				continue
			fi
			apps "$w/$strat.$i.s" >"$w/$strat.$i.app"
			if ! cmp -s "$w/before.$i.app" "$w/$strat.$i.app"; then
				[ $verdict = correct ] && verdict=WRONG
				detail+="  config $i [${cmds[$i]}]:"$'\n'"$(diff "$w/before.$i.app" "$w/$strat.$i.app" | sed 's/^/    /')"$'\n'
			fi
		done
		printf '%-38s %-14s %s\n' "$c" "$strat" "$verdict"
		case $verdict in correct) n_ok=$((n_ok + 1));; WRONG) n_wrong=$((n_wrong + 1));; *) n_broken=$((n_broken + 1));; esac
		[ -n "$detail" ] && printf '%s' "$detail"
	done
done
echo "summary: $n_ok correct, $n_refused refused, $n_wrong WRONG, $n_broken BROKEN (work files in $WORK)"
