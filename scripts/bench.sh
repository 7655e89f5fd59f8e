#!/usr/bin/env bash
# Runs every benchmark of gradio-go (docs/performance.md) with benchtimes that give
# stable figures, the long ones included, plus "gradio bench startup", and prints a
# summary of each target: met or not. It takes about 5 minutes. The raw outputs stay in
# $OUT (default: a new temporary directory).
#
#   ./scripts/bench.sh               # everything
#   QUICK=1 ./scripts/bench.sh       # shorter runs, no long benchmarks (about 1 minute)
#   BENCHTIME=10s ./scripts/bench.sh # longer request benchmarks (default 5s)
#
# The benchmarks load two cores of this machine: run them on an otherwise idle one.
# Every figure is also reported as a ratio to a baseline measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${OUT:-$(mktemp -d -t gradio-bench-XXXXXX)}
mkdir -p "$OUT"
benchtime=${BENCHTIME:-5s}
long=1
if [ "${QUICK:-0}" = "1" ]; then
  benchtime=${BENCHTIME:-1s}
  long=0
fi

step() { printf '\n==> %s\n' "$*"; }
gobench() { # gobench NAME PACKAGE PATTERN BENCHTIME [ENV...]
  local name=$1 pkg=$2 pattern=$3 bt=$4
  shift 4
  step "$name: go test -bench '$pattern' -benchtime $bt $pkg $*"
  env "$@" go test -run '^$' -bench "$pattern" -benchtime "$bt" -timeout 60m "$pkg" | tee "$OUT/$name.txt"
}

echo "gradio-go $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'), $(go version | cut -d' ' -f3), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
echo "raw outputs: $OUT"

gobench requests . 'QueueRoundTrip|DirectAPI' "$benchtime"
if [ "$long" = 1 ]; then
  gobench streams . 'StreamEvents' 2000x GRADIO_BENCH_LONG=1
  gobench drift . 'QueueDrift' 1x GRADIO_BENCH_LONG=1
  gobench idle . 'IdleSessions' 1x GRADIO_BENCH_LONG=1
  gobench paced . 'PacedStreams' 1x GRADIO_BENCH_LONG=1
  gobench upload ./internal/files 'SaveUpload' 3x GRADIO_BENCH_1G=1
else
  gobench streams . 'StreamEvents' 300x
  gobench drift . 'QueueDrift' 1x
  gobench idle . 'IdleSessions' 1x
  gobench upload ./internal/files 'SaveUpload' 3x
fi
step "startup: gradio bench startup"
go run ./cmd/gradio bench startup -n "$([ "$long" = 1 ] && echo 20 || echo 5)" | tee "$OUT/startup.txt"

# metric FILE BENCHMARK UNIT: the value reported with UNIT on the line of BENCHMARK
# (a name without the -N suffix of GOMAXPROCS), or "-".
metric() {
  awk -v b="$2" -v u="$3" '
    { name = $1; sub(/-[0-9]+$/, "", name) }
    name == b { for (i = 3; i < NF; i++) if ($(i+1) == u) { v = $i } }
    END { print (v == "" ? "-" : v) }' "$OUT/$1" 2>/dev/null || echo -
}
# check VALUE OP LIMIT: "met" or "NOT met" ("-" when there is no value).
check() {
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
    if (v == "-") { print "-"; exit }
    ok = (op == ">=") ? (v + 0 >= l + 0) : (v + 0 <= l + 0)
    print (ok ? "met" : "NOT met") }'
}
row() { printf '%-58s %14s %-12s %s\n' "$1" "$2" "$3" "$4"; }

step "summary (targets of issue 9; details in docs/performance.md)"
row "figure" "measured" "target" "verdict"
q1=$(metric requests.txt BenchmarkQueueRoundTrip/c=1 roundtrips/s)
q1r=$(metric requests.txt BenchmarkQueueRoundTrip/c=1 p50_ratio)
q10=$(metric requests.txt BenchmarkQueueRoundTrip/c=10 roundtrips/s)
q100=$(metric requests.txt BenchmarkQueueRoundTrip/c=100 roundtrips/s)
row "B1 queued round trips/s, 1 client" "$q1" ">= 1500" "$(check "$q1" '>=' 1500)"
row "B1 p50 ÷ bare echo's p50, 1 client" "$q1r" "<= 5" "$(check "$q1r" '<=' 5)"
row "B1 queued round trips/s, 10 clients" "$q10" ">= 5000" "$(check "$q10" '>=' 5000)"
row "B1 queued round trips/s, 100 clients" "$q100" "(report)" ""
for c in 1 10 100; do
  r=$(metric requests.txt "BenchmarkDirectAPI/run/c=$c" throughput_ratio)
  row "B2 /run req/s ÷ bare echo's, $c client(s)" "$r" ">= 0.5" "$(check "$r" '>=' 0.5)"
done
for c in 1 10 100; do
  r=$(metric requests.txt "BenchmarkDirectAPI/call/c=$c" throughput_ratio)
  row "B2 /call req/s ÷ bare echo's, $c client(s)" "$r" ">= 0.25" "$(check "$r" '>=' 0.25)"
done
for c in 1 10 100 1000; do
  m=$(metric streams.txt "BenchmarkStreamEvents/clients=$c" msgs/s)
  r=$(metric streams.txt "BenchmarkStreamEvents/clients=$c" ratio)
  [ "$m" = "-" ] && continue
  row "B3 streamed msgs/s, $c client(s)" "$m" ">= 40000" "$(check "$m" '>=' 40000)"
  row "B3 msgs/s ÷ raw SSE events/s, $c client(s)" "$r" ">= 0.25" "$(check "$r" '>=' 0.25)"
done
for c in 250 1000; do
  p=$(metric paced.txt "BenchmarkPacedStreams/clients=$c" p50/raw)
  m=$(metric paced.txt "BenchmarkPacedStreams/clients=$c" max/raw)
  [ "$p" = "-" ] && continue
  row "B4 paced p50 ÷ raw SSE's, $c clients" "$p" "<= 1.05" "$(check "$p" '<=' 1.05)"
  row "B4 paced max ÷ raw SSE's, $c clients" "$m" "<= 1.05" "$(check "$m" '<=' 1.05)"
done
for n in 1000 10000; do
  h=$(metric idle.txt "BenchmarkIdleSessions/N=$n" heartbeat_B/conn)
  q=$(metric idle.txt "BenchmarkIdleSessions/N=$n" queue_B/conn)
  [ "$h" = "-" ] && continue
  row "B5 bytes per idle heartbeat stream, N=$n" "$h" "<= 4096" "$(check "$h" '<=' 4096)"
  row "B5 bytes per parked queue/data stream, N=$n" "$q" "(report)" ""
done
e=$(metric idle.txt BenchmarkIdleSessions/finished echo_heap_B/session)
s=$(metric idle.txt BenchmarkIdleSessions/finished state_expired_heap_B/session)
row "B5 bytes kept per finished session (echo)" "$e" "<= 1024" "$(check "$e" '<=' 1024)"
row "B5 bytes kept per expired session (State)" "$s" "<= 1024" "$(check "$s" '<=' 1024)"
for s in 64MiB 1GiB; do
  r=$(metric upload.txt "BenchmarkSaveUpload/$s/multipart" ratio)
  m=$(metric upload.txt "BenchmarkSaveUpload/$s/multipart" peakRSS-MB)
  [ "$r" = "-" ] && continue
  row "B6 upload MB/s ÷ raw copy's, $s" "$r" ">= 0.5" "$(check "$r" '>=' 0.5)"
  row "B6 peak RSS growth (MB) during the upload, $s" "$m" "< 32" "$(check "$m" '<=' 32)"
done
for p in echo blocks50; do
  line=$(grep -E "^$p +start" "$OUT/startup.txt" || true)
  row "B7 start-up, $p (vs hello-world; RSS)" "$(echo "$line" | sed -E 's/^[a-z0-9]+ +start //; s/:.*//')" "<= 2x, 20 MB" "$(echo "$line" | sed -E 's/.*: //')"
done
d=$(metric drift.txt BenchmarkQueueDrift drift)
row "drift: last round's rate ÷ first's" "$d" ">= 0.95" "$(check "$d" '>=' 0.95)"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
