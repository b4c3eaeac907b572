#!/usr/bin/env bash
# The Slurm acceptance test (issue 17): starts a single-node Slurm cluster entirely in a temporary
# directory (its own munge key and munged, a generated slurm.conf on free loopback ports, slurmctld and
# slurmd in the foreground as children of this script), runs scripts/slurm/submit.sh --wait with three
# shards on examples/reports, and checks that the merged output is byte-identical to a plain run. Every
# daemon is stopped on the way out, whatever happened (trap). Exits 77 (ctest: skipped) when Slurm or munge
# is not installed (scripts/setup.sh --with-slurm installs them).
#   tests/slurm/slurm_cluster_test.sh DOCPIPE SOURCE_DIR
set -euo pipefail
docpipe="$(realpath "${1:?usage: slurm_cluster_test.sh DOCPIPE SOURCE_DIR}")"
source_dir="$(realpath "${2:?usage: slurm_cluster_test.sh DOCPIPE SOURCE_DIR}")"
export PATH="$PATH:/usr/sbin:/sbin"

for tool in munged slurmctld slurmd sbatch scontrol sinfo python3; do
  if ! command -v "$tool" > /dev/null; then
    echo "SKIPPED: $tool is not installed; scripts/setup.sh --with-slurm installs Slurm and munge"
    exit 77
  fi
done

work="$(mktemp -d "${TMPDIR:-/tmp}/docpipe-slurm.XXXXXX")"
chmod 700 "$work"
daemons=()
stop_daemons() {
  local status=$?
  set +e
  # slurmd first (it runs the jobs), munged last (the others authenticate through it).
  for ((i = ${#daemons[@]} - 1; i >= 0; i--)); do kill -TERM "${daemons[i]}" 2> /dev/null; done
  for pid in "${daemons[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
  done
  if [ "$status" -ne 0 ] && [ "$status" -ne 77 ]; then
    for log in "$work"/*.log "$work"/cluster/logs/*.log; do
      [ -f "$log" ] && { echo "---- $log"; tail -n 30 "$log"; }
    done
  fi
  rm -rf "$work"
  exit "$status"
}
trap stop_daemons EXIT
trap 'exit 130' INT TERM

# Bounded waits: every loop gives up.
wait_for() {
  local what="$1" seconds="$2"
  shift 2
  for _ in $(seq $((seconds * 10))); do
    if "$@" > /dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  echo "FAILED: $what within $seconds s" >&2
  return 1
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# munge: a generated key that only we can read; socket, pid, seed and log in the temporary directory.
dd if=/dev/urandom of="$work/munge.key" bs=1024 count=1 status=none
chmod 600 "$work/munge.key"
munged --foreground --force --socket="$work/munge.socket" --key-file="$work/munge.key" \
  --pid-file="$work/munged.pid" --seed-file="$work/munge.seed" --log-file="$work/munged.log" \
  > "$work/munged.out" 2>&1 &
daemons+=($!)
wait_for "munged's socket" 10 test -S "$work/munge.socket"

controller_port="$(free_port)"
node_port="$(free_port)"
while [ "$node_port" = "$controller_port" ]; do node_port="$(free_port)"; done
mkdir -p "$work/state" "$work/spool"
cat > "$work/slurm.conf" <<CONF
ClusterName=docpipetest
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$controller_port
SlurmdPort=$node_port
AuthType=auth/munge
AuthInfo=socket=$work/munge.socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
SlurmdParameters=config_overrides
ReturnToService=2
MpiDefault=none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
MinJobAge=300
NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 RealMemory=500 State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/slurm.conf"

slurmctld -D -i > "$work/slurmctld.out" 2>&1 &
daemons+=($!)
wait_for "slurmctld answering" 20 scontrol ping
slurmd -D -N localhost > "$work/slurmd.out" 2>&1 &
daemons+=($!)
node_idle() { sinfo -h -n localhost -o %t | grep -q '^idle'; }
wait_for "the node idle" 30 node_idle

# A plain run and the cluster's, on the same absolute paths (they are part of the outputs).
config="$source_dir/configs/default.xml"
inputs="$source_dir/examples/reports"
"$docpipe" run --config "$config" --out "$work/plain" -j 2 --quiet "$inputs"
timeout 120 "$source_dir/scripts/slurm/submit.sh" --config "$config" --out "$work/cluster" --shards 3 --wait \
  --docpipe "$docpipe" "$inputs"

for k in 1 2 3; do
  grep -q "^shard	$k/3\$" "$work/cluster/shards/$k/.docpipe/manifest" || {
    echo "FAILED: shard $k has no manifest of shard $k/3" >&2
    exit 1
  }
done
if ! diff -r "$work/plain" "$work/cluster/merged"; then
  echo "FAILED: the merged output of three Slurm shards differs from a plain run" >&2
  exit 1
fi
echo "PASSED: three shards on Slurm merged byte-identical to a plain run"
