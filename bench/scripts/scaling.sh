#!/usr/bin/env bash
# The scaling table of bench/results/scaling.md: wall time and peak memory of one run of the CLI (start-up,
# world construction and Parquet output included) per world size and thread count, then per organization
# count at a fixed size, and least-squares exponents of time in nodes and in organizations.
#
#   bash bench/scripts/scaling.sh                       # 1k, 10k, 100k, 1M nodes at 1 and 2 threads (~15 min)
#   SIZES="1000 10000" THREADS=1 ORGS="2 10" bash bench/scripts/scaling.sh   # a quick look
#
# Environment: SIZES (nodes), THREADS, NODE_ORGS (organizations in the first table, default 100), ORGS (organization counts for the second table), ORG_NODES (its
# world size), TICKS (months, default 180), SEED. Needs GNU time (/usr/bin/time, Debian package 'time').
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${SIZES:-"1000 10000 100000 1000000"}
THREADS=${THREADS:-"1 2"}
ORGS=${ORGS:-"2 10 100 1000"}
ORG_NODES=${ORG_NODES:-100000}
NODE_ORGS=${NODE_ORGS:-100}
TICKS=${TICKS:-180}
SEED=${SEED:-1}
[ -x /usr/bin/time ] || { echo "scaling.sh: needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 2; }
dotnet build -c Release experiments -nologo -v q >/dev/null
tabm=(dotnet experiments/bin/Release/net10.0/tabm.dll)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# One run: prints "seconds peak_kb".
measure() { # nodes organizations threads
  local departments=$(( ($1 - 2) / 2 ))
  /usr/bin/time -f "%e %M" -o "$out/time" "${tabm[@]}" run scale-10k --seed "$SEED" --ticks "$TICKS" --threads "$3" \
    --set landscape.departments=$departments --set landscape.organizations="$2" --out "$out/run" --quiet >/dev/null
  cat "$out/time"
}

fit() { # pairs "x y" on stdin -> slope of log y on log x
  awk '{ x = log($1); y = log($2); n++; sx += x; sy += y; sxx += x * x; sxy += x * y }
       END { if (n < 2) print "n/a"; else printf "%.2f", (n * sxy - sx * sy) / (n * sxx - sx * sx) }'
}

echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK; seed $SEED, $TICKS months"
echo
echo "| nodes | organizations | threads | wall s | peak RSS MB |"
echo "|---:|---:|---:|---:|---:|"
declare -A wall
for n in $SIZES; do
  for t in $THREADS; do
    read -r s kb < <(measure "$n" "$NODE_ORGS" "$t")
    wall[$n,$t]=$s
    printf "| %s | %s | %s | %s | %d |\n" "$n" "$NODE_ORGS" "$t" "$s" $(( kb / 1024 ))
  done
done
largest=$(echo $SIZES | awk '{print $(NF-1), $NF}')
for t in $THREADS; do
  echo -n "time ~ nodes^"; for n in $SIZES; do echo "$n ${wall[$n,$t]}"; done | fit
  echo -n " over all sizes, ^"; for n in $largest; do echo "$n ${wall[$n,$t]}"; done | fit; echo " between the two largest, at $t thread(s)"
done
echo
echo "| nodes | organizations | threads | wall s | peak RSS MB |"
echo "|---:|---:|---:|---:|---:|"
t1=$(echo $THREADS | awk '{print $1}')
declare -A owall
for k in $ORGS; do
  read -r s kb < <(measure "$ORG_NODES" "$k" "$t1")
  owall[$k]=$s
  printf "| %s | %s | %s | %s | %d |\n" "$ORG_NODES" "$k" "$t1" "$s" $(( kb / 1024 ))
done
echo -n "time ~ organizations^"; for k in $ORGS; do echo "$k ${owall[$k]}"; done | fit; echo " at $ORG_NODES nodes"
