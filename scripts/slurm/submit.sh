#!/usr/bin/env bash
# Runs docpipe on a Slurm cluster: an array job of N tasks, task K running `docpipe run --shard K/N` into
# OUT/shards/K, and a merge job that starts when every task succeeded (--dependency=afterok) and writes
# what one unsharded run would into OUT/merged. docs/scaling.md explains the layout.
#
#   scripts/slurm/submit.sh --config C --out DIR --shards N [--wait] [--partition P] [--docpipe PATH]
#                           [--cpus C] [--time T] INPUT...
#
#   --wait       block until the merge job ends; exit 0 only if every task and the merge succeeded
#   --partition  the Slurm partition (default: the cluster's default)
#   --docpipe    the docpipe program the jobs run (default: `docpipe` on the PATH, else this tree's build)
#   --cpus       CPUs per task, and docpipe's -j (default 1)
#   --time       a time limit per job, as sbatch takes it (default: the partition's)
# Inputs, --config and --out are made absolute: the jobs may start in another directory. A task whose run
# only had failed documents (exit 1) succeeds: those documents are rows of the outputs like any other.
set -euo pipefail

usage() {
  sed -n '5,6p' "$0" | sed 's/^# *//' >&2
  exit 2
}

config="" out="" shards="" wait=false partition="" docpipe="" cpus=1 time_limit=""
inputs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --config) config="${2:?}"; shift 2 ;;
    --out) out="${2:?}"; shift 2 ;;
    --shards) shards="${2:?}"; shift 2 ;;
    --wait) wait=true; shift ;;
    --partition) partition="${2:?}"; shift 2 ;;
    --docpipe) docpipe="${2:?}"; shift 2 ;;
    --cpus) cpus="${2:?}"; shift 2 ;;
    --time) time_limit="${2:?}"; shift 2 ;;
    --) shift; inputs+=("$@"); break ;;
    -*) echo "submit.sh: unknown option $1" >&2; usage ;;
    *) inputs+=("$1"); shift ;;
  esac
done
if [ -z "$config" ] || [ -z "$out" ] || [ -z "$shards" ] || [ ${#inputs[@]} -eq 0 ]; then usage; fi
if ! [[ "$shards" =~ ^[1-9][0-9]*$ ]]; then echo "submit.sh: --shards must be a positive number" >&2; exit 2; fi
if ! [[ "$cpus" =~ ^[1-9][0-9]*$ ]]; then echo "submit.sh: --cpus must be a positive number" >&2; exit 2; fi
if [ -z "$docpipe" ]; then
  docpipe="$(command -v docpipe || true)"
  [ -n "$docpipe" ] || docpipe="$(cd "$(dirname "$0")/../.." && pwd)/build/docpipe"
fi
docpipe="$(realpath -m "$docpipe")"
[ -x "$docpipe" ] || { echo "submit.sh: $docpipe is not an executable docpipe (--docpipe)" >&2; exit 2; }
# A config named without a path is looked up on docpipe's config search path, as docpipe run does.
if [ -e "$config" ]; then config="$(realpath "$config")"; fi
out="$(realpath -m "$out")"
absolute_inputs=()
for input in "${inputs[@]}"; do absolute_inputs+=("$(realpath -m "$input")"); done

mkdir -p "$out/logs" "$out/shards" "$out/slurm"
quoted_inputs="$(printf ' %q' "${absolute_inputs[@]}")"
common=(--parsable --cpus-per-task="$cpus")
[ -n "$partition" ] && common+=(--partition="$partition")
[ -n "$time_limit" ] && common+=(--time="$time_limit")

# Task K: shard K/N. Exit status 1 (some documents failed) is a successful task; anything else is not.
cat > "$out/slurm/shard.sh" <<SCRIPT
#!/usr/bin/env bash
set -uo pipefail
k="\${SLURM_ARRAY_TASK_ID:?not run as a Slurm array task}"
$(printf '%q' "$docpipe") run --config $(printf '%q' "$config") --shard "\$k/$shards" --out $(printf '%q' "$out")/shards/"\$k" -j $cpus$quoted_inputs
status=\$?
if [ "\$status" -eq 1 ]; then exit 0; fi
exit "\$status"
SCRIPT
cat > "$out/slurm/merge.sh" <<SCRIPT
#!/usr/bin/env bash
set -uo pipefail
shard_directories=()
for ((k = 1; k <= $shards; k++)); do shard_directories+=($(printf '%q' "$out")/shards/"\$k"); done
$(printf '%q' "$docpipe") merge --out $(printf '%q' "$out")/merged "\${shard_directories[@]}"
status=\$?
if [ "\$status" -eq 1 ]; then exit 0; fi
exit "\$status"
SCRIPT
chmod +x "$out/slurm/shard.sh" "$out/slurm/merge.sh"

array_job="$(sbatch "${common[@]}" --job-name=docpipe-shards --array="1-$shards" \
  --output="$out/logs/shard-%a.log" "$out/slurm/shard.sh")"
array_job="${array_job%%;*}"
echo "submit.sh: array job $array_job: $shards shards into $out/shards"

merge_arguments=("${common[@]}" --job-name=docpipe-merge --dependency="afterok:$array_job"
  --kill-on-invalid-dep=yes --output="$out/logs/merge.log")
if [ "$wait" = false ]; then
  merge_job="$(sbatch "${merge_arguments[@]}" "$out/slurm/merge.sh")"
  echo "submit.sh: merge job ${merge_job%%;*}: into $out/merged after every shard succeeded"
  exit 0
fi

# --wait: sbatch returns when the merge job ends, with its exit status; a failed task cancels the merge
# (--kill-on-invalid-dep), which ends it too.
set +e
sbatch "${merge_arguments[@]}" --wait "$out/slurm/merge.sh" > "$out/slurm/merge-job"
merge_status=$?
set -e
merge_job="$(head -n 1 "$out/slurm/merge-job")"
echo "submit.sh: merge job ${merge_job%%;*} ended with status $merge_status"
failed=0
for ((k = 1; k <= shards; k++)); do
  state="$(scontrol show job "${array_job}_$k" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -n 1)"
  if [ -n "$state" ] && [ "$state" != COMPLETED ]; then
    echo "submit.sh: shard $k/$shards: $state (log: $out/logs/shard-$k.log)" >&2
    failed=1
  fi
done
if [ "$merge_status" -ne 0 ] || [ "$failed" -ne 0 ] || [ ! -d "$out/merged" ]; then
  echo "submit.sh: failed; logs in $out/logs" >&2
  exit 1
fi
echo "submit.sh: merged output in $out/merged"
