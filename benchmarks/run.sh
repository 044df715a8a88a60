#!/usr/bin/env bash
# Runs the JMH suite from the module's classpath and writes the raw results to
# benchmarks/target/jmh-result.json and the ratio tables to benchmarks/target/results.md.
#
#   benchmarks/run.sh [short|full] [all|dispatch|writes|startup|durable] [extra JMH options...]
#
# short: one fork, few iterations (about 12 minutes on 2 cores); full: JMH-grade (2 forks, more
# iterations, about an hour). The write benchmarks always run with -prof gc.
set -euo pipefail

mode="${1:-short}"
part="${2:-all}"
shift $(( $# > 2 ? 2 : $# ))
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/target"

case "$mode" in
	short)
		dispatch=(-f 1 -wi 2 -i 3 -w 1s -r 1s)
		writes=(-f 1 -wi 4 -i 8)
		startup=(-f 1 -wi 4 -i 8)
		durable=(-f 1 -wi 20 -i 15)
		;;
	full)
		dispatch=(-f 2 -wi 5 -i 5 -w 1s -r 1s)
		writes=(-f 2 -wi 10 -i 20)
		startup=(-f 2 -wi 10 -i 20)
		durable=(-f 2 -wi 30 -i 30)
		;;
	*)
		echo "usage: $0 [short|full] [all|dispatch|writes|startup|durable] [JMH options...]" >&2
		exit 2
		;;
esac

(cd "$root" && ./mvnw -q -pl benchmarks -am package -DskipTests)
classpath="$here/target/classes:$(cat "$here/target/classpath.txt")"

jmh() {
	local name="$1"
	shift
	java -cp "$classpath" org.openjdk.jmh.Main "$name" -rf json -rff "$out/jmh-$name.json" "$@"
}

rm -f "$out"/jmh-*.json
if [[ "$part" == all || "$part" == dispatch ]]; then
	jmh DispatchBenchmark "${dispatch[@]}" "$@"
fi
if [[ "$part" == all || "$part" == writes ]]; then
	jmh WriteBenchmark "${writes[@]}" -prof gc "$@"
fi
if [[ "$part" == all || "$part" == startup ]]; then
	jmh StartupBenchmark "${startup[@]}" "$@"
fi
if [[ "$part" == all || "$part" == durable ]]; then
	jmh DurableDeliveryBenchmark "${durable[@]}" "$@"
fi

python3 "$here/results.py" merge "$out/jmh-result.json" "$out"/jmh-*Benchmark.json
python3 "$here/results.py" table "$out/jmh-result.json" > "$out/results.md"
echo "Raw results: $out/jmh-result.json; ratio tables: $out/results.md"
