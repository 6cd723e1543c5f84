#!/usr/bin/env bash
# A one-node SLURM cluster on this machine, for tests/workflow/test_slurm.py (CI and developers).
#
#   bash .ci/slurm.sh up       install slurm-wlm + munge from Debian packages when missing (root),
#                              write /etc/slurm/slurm.conf, start munged, slurmctld and slurmd
#   bash .ci/slurm.sh down     stop the daemons this script started, by the PIDs it recorded
#   bash .ci/slurm.sh status   exit 0 when the cluster answers
#
# The config goes to Slurm's default path because the job-step plugin strips SLURM_CONF from the
# job's environment. State, logs and PID files live under $CONFIDE_SLURM_STATE
# (default /tmp/confide-slurm). `up` never fails the caller: without root, apt or a working
# daemon it says why and exits 0, and the SLURM test then skips with that reason.
set -uo pipefail

STATE=${CONFIDE_SLURM_STATE:-/tmp/confide-slurm}
CONF=/etc/slurm/slurm.conf
STARTED="$STATE/started.pids"   # one "name pid" per line: only what this script started

say() { echo "slurm.sh: $*" >&2; }

answers() { timeout 5 sinfo -h -o %a >/dev/null 2>&1; }

install_packages() {
    if command -v slurmctld >/dev/null && command -v slurmd >/dev/null \
        && command -v sbatch >/dev/null && command -v munged >/dev/null && command -v pgrep >/dev/null; then
        return 0
    fi
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
        say "slurm-wlm/munge are missing and cannot be installed (needs root and apt-get)"
        return 1
    fi
    say "installing slurm-wlm and munge"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends slurm-wlm munge procps >/dev/null
}

write_conf() {
    local host cpus mem_mb
    host=$(hostname -s)
    # At least 4 CPUs and 16 GB are declared (config_overrides) so that the profile's requests
    # (a group job of 2-3 threads, 8000 MB for anonymization) fit a small CI machine; memory is
    # recorded per job but is not a consumable resource here.
    cpus=$(( $(nproc) > 4 ? $(nproc) : 4 ))
    mem_mb=$(awk '/^MemTotal/ {m = int($2 / 1024) - 512; print (m > 16384 ? m : 16384)}' /proc/meminfo)
    mkdir -p "$(dirname "$CONF")" "$STATE/ctld" "$STATE/d"
    cat > "$CONF" <<EOF
# Written by .ci/slurm.sh: a throw-away one-node test cluster.
ClusterName=confide-ci
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
SlurmdParameters=config_overrides
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=1
MinJobAge=3600
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$STATE/jobcomp.log
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/d
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/slurmctld.log
SlurmdLogFile=$STATE/slurmd.log
NodeName=$host CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
}

start_daemon() {  # name pidfile command...
    local name=$1 pidfile=$2
    shift 2
    "$@" || { say "$name did not start (see $STATE/$name.log)"; return 1; }
    for _ in $(seq 50); do
        [[ -s $pidfile ]] && break
        sleep 0.1
    done
    [[ -s $pidfile ]] || { say "$name wrote no PID file $pidfile"; return 1; }
    echo "$name $(cat "$pidfile")" >> "$STARTED"
}

up() {
    if answers; then
        say "a SLURM cluster already answers; nothing started"
        return 0
    fi
    install_packages || return 0
    if [[ $(id -u) -ne 0 ]]; then
        say "starting the daemons needs root; the SLURM test will skip"
        return 0
    fi
    if [[ -s $CONF ]] && ! grep -q "^# Written by .ci/slurm.sh" "$CONF"; then
        say "$CONF exists and is not ours; leaving it and its cluster alone"
        return 0
    fi
    mkdir -p "$STATE"
    : > "$STARTED"
    write_conf
    if ! pgrep -x munged >/dev/null; then
        install -d -o munge -g munge -m 0755 /run/munge
        [[ -s /etc/munge/munge.key ]] || \
            { dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null \
              && chown munge:munge /etc/munge/munge.key && chmod 0400 /etc/munge/munge.key; }
        start_daemon munged /run/munge/munged.pid \
            runuser -u munge -- munged --pid-file=/run/munge/munged.pid || return 0
    fi
    start_daemon slurmctld "$STATE/slurmctld.pid" slurmctld || return 0
    start_daemon slurmd "$STATE/slurmd.pid" slurmd || return 0
    for _ in $(seq 100); do
        if [[ $(sinfo -h -o %T 2>/dev/null) == idle ]]; then
            say "one-node cluster up ($(sinfo -h -o %c) CPUs declared); state in $STATE"
            return 0
        fi
        sleep 0.2
    done
    say "the node did not become idle; see $STATE/slurmctld.log and $STATE/slurmd.log"
    return 0
}

down() {
    [[ -s $STARTED ]] || { say "nothing to stop"; return 0; }
    # Reverse start order: slurmd, slurmctld, munged.
    tac "$STARTED" | while read -r name pid; do
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid"
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
            say "stopped $name (pid $pid)"
        fi
    done
    : > "$STARTED"
}

case "${1:-}" in
    up) up ;;
    down) down ;;
    status) answers ;;
    *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
