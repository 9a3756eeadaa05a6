#!/usr/bin/env bash
# Builds the benchmarks and runs them: the JMH suite (parse, one-keystroke re-parse) and the
# wire harness (keystroke to publishDiagnostics over JSON-RPC). Settings fit 2 shared cores and
# a few minutes; the machine is noisy, so compare ratios within one run, not runs with each other.
#
#   benchmarks/run.sh                 build, then run everything
#   benchmarks/run.sh --no-build      run the jar that is already built
#   benchmarks/run.sh --side-by-side  only the comparison with rcjsuen's server (installs it with npm)
#   JMH_ARGS="-f 1 -wi 5 -i 10" benchmarks/run.sh    other JMH settings
#
# Results also go to benchmarks/target/results/ (JMH text and JSON, harness table).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
only_side_by_side=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --side-by-side) only_side_by_side=1 ;;
    *) echo "usage: benchmarks/run.sh [--no-build] [--side-by-side]" >&2; exit 2 ;;
  esac
done

jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
if [ "$build" -eq 1 ]; then
  echo "== build (mvn -B -q install -DskipTests)"
  mvn -B -q install -DskipTests
fi
[ -f "$jar" ] || { echo "run.sh: $jar is missing: build first" >&2; exit 1; }
mkdir -p "$out"

echo "== machine"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc: $(nproc)"
  java -version 2>&1 | sed 's/^/java: /'
} | tee "$out/machine.txt"

side_by_side() {
  # The peer: rcjsuen's server at the version the issue measured, installed with npm here.
  peer_dir=benchmarks/target/peer
  if [ ! -x "$peer_dir/node_modules/.bin/docker-langserver" ]; then
    echo "== npm install dockerfile-language-server-nodejs@0.15.0 (into $peer_dir)"
    mkdir -p "$peer_dir"
    (cd "$peer_dir" && npm install --no-audit --no-fund --silent dockerfile-language-server-nodejs@0.15.0)
  fi
  echo "== side by side with rcjsuen's server: node $(node --version)"
  java -cp "$jar" dockerfilels.bench.SideBySide --ours "server/target/bin/dockerfile-ls" \
    --peer "$peer_dir/node_modules/.bin/docker-langserver --stdio" ${SIDE_BY_SIDE_ARGS:-} | tee "$out/side-by-side.txt"
}
check_corpus() {
  # issue 8: check over 1,300 real Dockerfiles in one process. The corpus has 305; five copies of
  # it (1,525 files, each as <folder>/Dockerfile) stand in for a large repository.
  corpus=../shared/corpus/real-world
  if [ ! -f "$corpus/MANIFEST.tsv" ]; then
    echo "== check over the real-world corpus: skipped, $corpus is absent"
    return
  fi
  tree=$(mktemp -d)
  for copy in 1 2 3 4 5; do
    tail -n +2 "$corpus/MANIFEST.tsv" | cut -f1 | while read -r file; do
      [ -n "$file" ] || continue
      mkdir -p "$tree/$copy/$file" && cp "$corpus/$file" "$tree/$copy/$file/Dockerfile"
    done
  done
  files=$(find "$tree" -name Dockerfile | wc -l)
  echo "== check over $files real Dockerfiles (the corpus five times), one process"
  start=$(date +%s%N)
  server/target/bin/dockerfile-ls check --format json "$tree" >/dev/null || true
  end=$(date +%s%N)
  echo "check: $files files in $(( (end - start) / 1000000 )) ms" | tee "$out/check-corpus.txt"
  rm -rf "$tree"
}
if [ "$only_side_by_side" -eq 1 ]; then
  side_by_side
  exit 0
fi

# Ten warm-up seconds: a full parse reaches its steady speed only after 6 to 10 s of JIT work
# on 2 cores (before that it runs about 10x slower).
jmh_args=${JMH_ARGS:--f 1 -wi 10 -i 5 -w 1s -r 1s}
echo "== JMH ($jmh_args)"
# shellcheck disable=SC2086
java -jar "$jar" $jmh_args -rf json -rff "$out/jmh.json" 'dockerfilels\.bench\..*Benchmark' \
  | tee "$out/jmh.txt" | grep -E '^(# Benchmark:|# Parameters:|Benchmark |[A-Za-z]+Benchmark\.)' || true

echo
echo "== JMH summary"
sed -n '/^Benchmark /,$p' "$out/jmh.txt"
awk '$1 ~ /^EditBenchmark\.oneCharEdit(ModelOnly)?$/ && $3 == "avgt" { score[$1 " " $2] = $5 }
     END {
       split("EditBenchmark.oneCharEdit EditBenchmark.oneCharEditModelOnly", names, " ")
       for (i = 1; i <= 2; i++) {
         n = names[i]
         if ((n " 500") in score && (n " 20000") in score && score[n " 500"] > 0)
           printf "%s ratio 20000/500: %.1fx (issue 2 asks at most 2x)\n", n, score[n " 20000"] / score[n " 500"]
       }
     }' "$out/jmh.txt"

echo
echo "== wire: keystroke -> publishDiagnostics"
java -cp "$jar" dockerfilels.bench.KeystrokeLatency | tee "$out/keystroke.txt"

echo
side_by_side

echo
check_corpus
