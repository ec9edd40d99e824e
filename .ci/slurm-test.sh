#!/usr/bin/env bash
# Proves that a TraffickingAbm batch study runs as a Slurm job array: starts a private one-node Slurm
# cluster on this machine (munged, slurmctld, slurmd, all on localhost, all under a temporary folder),
# submits the smoke study through experiments/slurm/tabm-array.sbatch as a 4-task array, checks it with
# `tabm merge`, and compares it with the same study run unsharded (`tabm diff`).
#
#   bash .ci/slurm-test.sh              # the tabm study (needs `tabm batch`, `merge`, `diff`)
#   bash .ci/slurm-test.sh --selftest   # Slurm only: the template with a stand-in tabm, no .NET build
#   bash .ci/slurm-test.sh --keep       # keep the temporary folder (logs, slurm.conf, outputs)
#
# Run as root from anywhere in the repository (Debian: installs slurm-wlm and munge if missing).
# Every daemon it starts is stopped on exit. Environment: SLURM_TEST_TIMEOUT (seconds one sbatch --wait
# may take, default 900), SLURM_TEST_PORT (first slurmctld port tried, default 16817).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

mode=tabm
keep=0
for arg in "$@"; do
  case $arg in
    --selftest) mode=selftest ;;
    --keep) keep=1 ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "slurm-test: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

t0=$(date +%s.%N)
last=$t0
say() { echo "slurm-test: $*"; }
fail() { echo "slurm-test: FAIL: $*" >&2; exit 1; }
# lap NAME: prints how long the phase since the previous lap took
timings=()
lap() {
  local now d
  now=$(date +%s.%N)
  d=$(awk -v a="$last" -v b="$now" 'BEGIN { printf "%.1f", b - a }')
  timings+=("$1=${d}s")
  say "$1 took ${d} s"
  last=$now
}

[[ $(id -u) == 0 ]] || fail "must run as root (it installs packages and runs the Slurm daemons as root)"

# A Slurm job or user environment must not leak into this private cluster.
while read -r v; do unset "$v"; done < <(compgen -e | grep -E '^(SLURM_|SBATCH_|SQUEUE_|SINFO_)' || true)

# ---------------------------------------------------------------------------------------------- install
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  say "installing slurm-wlm and munge with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt_log=$(mktemp /tmp/slurm-test-apt.XXXXXX)
  if ! { apt-get update -qq && apt-get install -y -qq slurm-wlm munge; } >"$apt_log" 2>&1; then
    tail -n 30 "$apt_log"
    rm -f "$apt_log"
    fail "apt-get install slurm-wlm munge failed"
  fi
  rm -f "$apt_log"
fi
say "$(slurmctld -V), munge $(munged -V 2>&1 | awk '{print $1}' | sed 's/^munge-//')"
lap install

# ------------------------------------------------------------------------------------- temp dir, cleanup
tmp=$(mktemp -d /tmp/slurm-test.XXXXXX)
chmod 755 "$tmp" # munged wants its socket's folders searchable by all
munged_pid='' ctld_pid='' slurmd_pid='' sbatch_pid=''

stop_pid() { # stop_pid PID NAME: TERM, wait up to 15 s, then KILL
  local pid=$1 name=$2 i
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 150; i++)); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  say "$name (pid $pid) did not stop on TERM; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$? i
  trap - EXIT INT TERM
  set +e
  if [[ -n $ctld_pid ]] && kill -0 "$ctld_pid" 2>/dev/null; then
    # Jobs still running (an interrupted run, a timed-out wait) die with the cluster.
    scancel --full --quiet --user=root 2>/dev/null
    for ((i = 0; i < 30; i++)); do
      [[ -z $(squeue -h -o %i 2>/dev/null) ]] && break
      sleep 0.5
    done
  fi
  stop_pid "$sbatch_pid" sbatch
  stop_pid "$slurmd_pid" slurmd
  stop_pid "$ctld_pid" slurmctld
  stop_pid "$munged_pid" munged
  if ((keep)); then
    say "kept $tmp"
  else
    rm -rf "$tmp"
  fi
  if ((rc == 0)); then
    say "timings: ${timings[*]}"
    say "PASS ($mode)"
  else
    say "FAILED with exit $rc ($mode)"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

show_logs() { # prints the daemons' logs (on failure)
  local f
  for f in "$tmp"/log/*; do
    [[ -f $f ]] || continue
    # a daemon's stdout repeats its log file; it matters only when the log file was never opened
    [[ $f == *.stdout && -s ${f%.stdout}.log ]] && continue
    echo "----- $f (last 60 lines)"
    tail -n 60 "$f"
  done
  echo "-----"
}

show_job_outputs() { # show_job_outputs DIR: prints every array task's output file
  local f found=0
  for f in "$1"/*.out; do
    [[ -f $f ]] || continue
    found=1
    echo "----- $f"
    cat "$f"
  done
  ((found)) || echo "(no job output files in $1)"
  echo "-----"
}

# ----------------------------------------------------------------------------------------------- munge
mkdir -p "$tmp/munge" "$tmp/log" "$tmp/spool" "$tmp/state"
chmod 755 "$tmp/munge"
if [[ ! -s /etc/munge/munge.key ]]; then
  say "creating /etc/munge/munge.key"
  mkdir -p /etc/munge
  if command -v mungekey >/dev/null; then
    mungekey --create --keyfile=/etc/munge/munge.key
  else
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  fi
  if id munge >/dev/null 2>&1; then chown munge:munge /etc/munge/munge.key; fi
  chmod 400 /etc/munge/munge.key
fi
# A private munged (own socket, root-owned copy of the key) leaves any system munged alone.
install -m 600 -o root -g root /etc/munge/munge.key "$tmp/munge/munge.key"
munge_socket=$tmp/munge/munge.socket
munged --foreground --force --socket="$munge_socket" --key-file="$tmp/munge/munge.key" \
  --pid-file="$tmp/munge/munged.pid" --seed-file="$tmp/munge/munged.seed" \
  >"$tmp/log/munged.log" 2>&1 &
munged_pid=$!
for ((i = 0; i < 50; i++)); do [[ -S $munge_socket ]] && break; sleep 0.1; done
if ! munge -S "$munge_socket" -n 2>/dev/null | unmunge -S "$munge_socket" >/dev/null 2>&1; then
  show_logs
  fail "munged does not encode/decode credentials"
fi
say "munged up (pid $munged_pid, socket $munge_socket)"

# ------------------------------------------------------------------------------------------ slurm.conf
host=$(hostname -s)
cpus=$(nproc)
mem_total=$(free -m | awk '/^Mem:/ { print $2 }')
mem=$((mem_total * 9 / 10)) # slurmd drains a node whose RealMemory is more than it finds
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=${SLURM_TEST_PORT:-16817}
for ((i = 0; i < 20; i++)); do
  port_free "$port" && port_free $((port + 1)) && break
  port=$((port + 2))
done
if ! port_free "$port" || ! port_free $((port + 1)); then
  fail "no two free ports from ${SLURM_TEST_PORT:-16817} on"
fi

export SLURM_CONF=$tmp/slurm.conf
cat >"$SLURM_CONF" <<EOF
# Private one-node cluster of .ci/slurm-test.sh; everything lives under $tmp.
ClusterName=tabmtest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
# bind to 127.0.0.1 (SlurmctldHost / NodeAddr) instead of all addresses
CommunicationParameters=NoCtldInAddrAny,NoInAddrAny
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$munge_socket
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
MailProg=/bin/true
ReturnToService=2
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/log/slurmctld.log
SlurmdLogFile=$tmp/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
say "slurm.conf: $SLURM_CONF (node $host, $cpus CPUs, $mem MB, ports $port/$((port + 1)))"

# ------------------------------------------------------------------------------------- slurm daemons
slurmctld -D -f "$SLURM_CONF" >"$tmp/log/slurmctld.stdout" 2>&1 &
ctld_pid=$!
slurmd -D -f "$SLURM_CONF" >"$tmp/log/slurmd.stdout" 2>&1 &
slurmd_pid=$!
say "started slurmctld (pid $ctld_pid) and slurmd (pid $slurmd_pid); waiting for node $host to be idle"
state=''
for ((i = 0; i < 120; i++)); do
  kill -0 "$ctld_pid" 2>/dev/null || { show_logs; fail "slurmctld exited"; }
  kill -0 "$slurmd_pid" 2>/dev/null || { show_logs; fail "slurmd exited"; }
  state=$(sinfo -h -n "$host" -o %t 2>/dev/null || true)
  [[ $state == idle ]] && break
  sleep 0.5
done
if [[ $state != idle ]]; then
  sinfo -N -l || true
  scontrol show node "$host" || true
  show_logs
  fail "node $host not idle after 60 s (state '${state:-none}')"
fi
sinfo
lap "munge+slurm startup"

timeout_s=${SLURM_TEST_TIMEOUT:-900}
template=$repo/experiments/slurm/tabm-array.sbatch
[[ -f $template ]] || fail "$template is missing"

# submit_array JOBDIR SBATCH-ARGS...: sbatch --wait from JOBDIR (where the %x-%A_%a.out files land);
# sets job to the job id and returns sbatch's status. sbatch waits in the background so that a signal
# to this script is handled at once (bash runs traps only between foreground commands).
job=''
submit_array() {
  local dir=$1 rc=0
  shift
  mkdir -p "$dir"
  say "sbatch --wait $* (in $dir)"
  (cd "$dir" && exec timeout "$timeout_s" sbatch --wait --parsable "$@") >"$tmp/sbatch.out" 2>"$tmp/sbatch.err" &
  sbatch_pid=$!
  wait "$sbatch_pid" || rc=$?
  sbatch_pid=''
  job=$(head -n 1 "$tmp/sbatch.out" | cut -d ';' -f 1)
  [[ -s $tmp/sbatch.err ]] && sed 's/^/sbatch: /' "$tmp/sbatch.err" >&2
  ((rc != 124)) || say "sbatch --wait timed out after $timeout_s s (SLURM_TEST_TIMEOUT)"
  return "$rc"
}

if [[ $mode == selftest ]]; then
  # ------------------------------------------------------------------------------- stand-in job
  # A stand-in tabm proves the daemons, sbatch --wait, job arrays and the template's plumbing
  # (--shard I/N, --threads, spec, output folder, extra options, exit status) without .NET.
  fake=$tmp/fake-tabm
  cat >"$fake" <<'EOF'
#!/usr/bin/env bash
# stand-in: fake-tabm batch SPEC --out DIR --threads T --shard I/N [opts] | fake-tabm merge DIR N
set -euo pipefail
case $1 in
  batch)
    spec=$2; shift 2; out='' threads='' shard='' rest=()
    while (($#)); do
      case $1 in
        --out) out=$2; shift 2 ;; --threads) threads=$2; shift 2 ;; --shard) shard=$2; shift 2 ;;
        *) rest+=("$1"); shift ;;
      esac
    done
    [[ -f $spec && -d $out && -n $threads && $shard == */* ]] || { echo "bad arguments" >&2; exit 2; }
    i=${shard%/*}
    [[ ${FAKE_FAIL_SHARD:-} == "$i" ]] && { echo "failing shard $i on purpose" >&2; exit 1; }
    sleep 1
    echo "shard=$shard threads=$threads spec=$(basename "$spec") rest=${rest[*]:-}" >"$out/shard-$i.txt"
    ;;
  merge)
    out=$2 n=$3 missing=0
    for ((i = 0; i < n; i++)); do [[ -f $out/shard-$i.txt ]] || { echo "missing shard $i"; missing=1; }; done
    exit "$missing"
    ;;
esac
EOF
  chmod +x "$fake"
  echo "name: selftest" >"$tmp/spec.yaml"
  export TABM=$fake TABM_SPEC=$tmp/spec.yaml

  say "1/4 array of 4 tasks"
  out=$tmp/self-out
  export TABM_OUT=$out
  submit_array "$tmp/self-jobs" --array=0-3 --cpus-per-task=1 --time=5 "$template" ||
    { show_job_outputs "$tmp/self-jobs"; show_logs; fail "array job failed"; }
  lap "4-task array (sbatch --wait)"
  for ((i = 0; i < 4; i++)); do
    grep -qx "shard=$i/4 threads=1 spec=spec.yaml rest=" "$out/shard-$i.txt" 2>/dev/null ||
      { show_job_outputs "$tmp/self-jobs"; fail "shard $i did not write the expected file"; }
    [[ -f $tmp/self-jobs/tabm-${job}_$i.out ]] || { show_job_outputs "$tmp/self-jobs"; fail "no log tabm-${job}_$i.out"; }
  done
  "$fake" merge "$out" 4 || fail "stand-in merge found missing shards"
  say "4 shards wrote their files; logs tabm-${job}_0..3.out"

  say "2/4 a failing task makes sbatch --wait fail"
  export TABM_OUT=$tmp/self-fail FAKE_FAIL_SHARD=2
  if submit_array "$tmp/self-fail-jobs" --array=0-3 --cpus-per-task=1 --time=5 "$template"; then
    show_job_outputs "$tmp/self-fail-jobs"
    fail "sbatch --wait exited 0 although task 2 failed"
  fi
  unset FAKE_FAIL_SHARD
  say "stand-in merge (expected to report shard 2 missing):"
  "$fake" merge "$TABM_OUT" 4 && fail "stand-in merge missed shard 2"
  lap "failing array"

  say "3/4 a subset of shards is refused without TABM_SHARDS"
  if submit_array "$tmp/self-fail-jobs" --array=2 --cpus-per-task=1 --time=5 "$template"; then
    fail "--array=2 without TABM_SHARDS ran; it must be refused"
  fi
  grep -q "set TABM_SHARDS=N" "$tmp/self-fail-jobs/tabm-${job}_2.out" ||
    { show_job_outputs "$tmp/self-fail-jobs"; fail "the refusal does not say to set TABM_SHARDS"; }

  say "4/4 resubmitting the missing shard with TABM_SHARDS=4 and --resume"
  submit_array "$tmp/self-fail-jobs" --array=2 --cpus-per-task=1 --time=5 --export=ALL,TABM_SHARDS=4 \
    "$template" "$TABM_SPEC" "$TABM_OUT" --resume ||
    { show_job_outputs "$tmp/self-fail-jobs"; fail "resubmitted shard failed"; }
  grep -qx "shard=2/4 threads=1 spec=spec.yaml rest=--resume" "$TABM_OUT/shard-2.txt" ||
    { show_job_outputs "$tmp/self-fail-jobs"; fail "resubmitted shard 2 did not write the expected file"; }
  "$fake" merge "$TABM_OUT" 4 || fail "stand-in merge after the resubmission found missing shards"
  lap "refused subset + resubmission"
  exit 0
fi

# ------------------------------------------------------------------------------------------ tabm study
say "building tabm (dotnet build -c Release experiments)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
command -v dotnet >/dev/null || fail "dotnet is not on PATH"
dotnet build -c Release experiments >"$tmp/build.log" 2>&1 || { tail -n 40 "$tmp/build.log"; fail "build failed"; }
dll=$repo/experiments/bin/Release/net10.0/tabm.dll
[[ -f $dll ]] || fail "$dll not found after the build"
tabm=(dotnet "$dll")
lap build

spec=$tmp/slurm-smoke.yaml
cat >"$spec" <<'EOF'
name: slurm-smoke
scenario: baseline
ticks: 24
factors:
  interdiction.sl_min: [10, 19]
design: grid
replications: 4
seed: 7
record: [ticks, events]
chunk_size: 2            # 4 chunks: every one of the 4 shards has one
EOF
out_array=$tmp/out-array
out_single=$tmp/out-single
jobs=$tmp/jobs
export TABM="dotnet $dll" TABM_SPEC=$spec TABM_OUT=$out_array

say "submitting the smoke study (8 runs) as a 4-task array"
submit_array "$jobs" --array=0-3 --cpus-per-task=1 --time=15 "$template" ||
  { show_job_outputs "$jobs"; show_logs; fail "array job failed (sbatch --wait exit non-zero)"; }
for ((i = 0; i < 4; i++)); do
  [[ -f $jobs/tabm-${job}_$i.out ]] || { show_job_outputs "$jobs"; fail "no log tabm-${job}_$i.out"; }
done
say "array job $job done; task logs tabm-${job}_0..3.out"
lap "4-task tabm array (sbatch --wait)"

say "tabm merge $out_array"
"${tabm[@]}" merge "$out_array" || { show_job_outputs "$jobs"; fail "tabm merge: the array's output is incomplete"; }
[[ -f $out_array/design.parquet ]] || fail "tabm merge wrote no design.parquet"

say "the same study unsharded: tabm batch --out $out_single"
"${tabm[@]}" batch "$spec" --out "$out_single" --threads "$cpus" || fail "unsharded tabm batch failed"
"${tabm[@]}" merge "$out_single" || fail "tabm merge of the unsharded run failed"

say "tabm diff $out_array $out_single"
"${tabm[@]}" diff "$out_array" "$out_single" || { show_job_outputs "$jobs"; fail "sharded and unsharded outputs differ"; }
lap "merge + unsharded run + diff"

say "recovery: shards 0,1,3 of 4, merge must report the missing one, then shard 2 with --resume"
out_partial=$tmp/out-partial
export TABM_OUT=$out_partial TABM_SHARDS=4
submit_array "$jobs" --array=0,1,3 --cpus-per-task=1 --time=15 "$template" ||
  { show_job_outputs "$jobs"; fail "partial array job failed"; }
say "tabm merge $out_partial (expected to fail and list the runs of shard 2)"
if "${tabm[@]}" merge "$out_partial"; then
  fail "tabm merge passed on a study with shard 2 of 4 missing"
fi
export TABM_ARGS=--resume
submit_array "$jobs" --array=2 --cpus-per-task=1 --time=15 "$template" ||
  { show_job_outputs "$jobs"; fail "resubmitted shard 2 failed"; }
grep -q -- "--shard 2/4 --resume" "$jobs/tabm-${job}_2.out" ||
  { show_job_outputs "$jobs"; fail "the resubmitted shard did not run as shard 2/4 with --resume"; }
unset TABM_SHARDS TABM_ARGS
"${tabm[@]}" merge "$out_partial" || { show_job_outputs "$jobs"; fail "tabm merge after resubmitting shard 2"; }
"${tabm[@]}" diff "$out_partial" "$out_single" || fail "recovered study differs from the unsharded one"
lap "recovery (partial array + --resume)"
