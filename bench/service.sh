# Shared by bench/load and bench/restart: build, start and stop the packaged service on a fresh database.
# Usage: source bench/service.sh; prepare_service h2|pg [aot]; start_service "label"; ...; stop_service
# The service runs with its JVM options (bin/jvm.options); as for bin/serve, $JAVA picks the JVM (default: java on the
# PATH) and $JAVA_OPTS adds options. "aot" trains a class cache first (see train_class_cache, README).

port=8089
base=http://127.0.0.1:$port
client=(java -cp bench/target/benchmarks.jar org.eventtimeline.bench.load.LoadRun)
service_java=${JAVA:-java}
# shellcheck disable=SC2206 # JAVA_OPTS is a list of options
extra_options=("@$PWD/bin/jvm.options" ${JAVA_OPTS:-})
jvm_options=()
service_pid=

prepare_service() {
    local db=$1 profile=prod
    work=target/load-$db
    opts=(-Dquarkus.http.port=$port -Dtimeline.seeds.enabled=false)
    if [ "$db" = pg ]; then
        profile=pg
        export PG_DATABASE=${PG_DATABASE:-loadtest}
        opts+=(-Dquarkus.profile=pg)
    fi
    ./mvnw -q -B package -DskipTests -Dquarkus.profile=$profile
    (cd bench && ../mvnw -q -B package)
    trap 'kill -9 $service_pid 2>/dev/null || true' EXIT
    fresh_database "$db"
    if [ "${2:-}" = aot ]; then
        train_class_cache
        fresh_database "$db"
    fi
}

fresh_database() {
    rm -rf "$work" && mkdir -p "$work"
    if [ "$1" = pg ]; then
        psql -h "${PG_HOST:-127.0.0.1}" -U "${PG_USER:-postgres}" -d postgres -q \
            -c "drop database if exists $PG_DATABASE" -c "create database $PG_DATABASE"
    fi
}

# A training run records the classes start-up loads (and links, and on Java 25+ the methods it runs); later starts
# map them in from the cache instead of loading them from the jars again. Java 25+ writes an AOT cache (JEP 483/515),
# earlier JVMs a dynamic AppCDS archive (JEP 350), both when the training run exits.
train_class_cache() {
    local cache=../quarkus-app/app.jsa record=-XX:ArchiveClassesAtExit use=-XX:SharedArchiveFile
    if [ "$("$service_java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -c ' AOTCache ')" -gt 0 ]; then
        cache=../quarkus-app/app.aot record=-XX:AOTCacheOutput use=-XX:AOTCache
    fi
    rm -f target/quarkus-app/app.aot target/quarkus-app/app.jsa
    jvm_options=("$record=$cache")
    start_service "training run for the class cache"
    for path in "/api/timeline?person=x" "/api/timeline?year=2008" /api/people /api/documents /q/health; do
        curl -sf -o /dev/null "$base$path"
    done
    stop_service
    jvm_options=("$use=$cache")
}

rss() {
    echo "$(( $(awk '/VmRSS/ {print $2}' /proc/$service_pid/status) / 1024 )) MiB"
}

# The service's CPU time since it started, by kind of thread (the JIT's compilers, request threads, extraction, GC),
# the kinds that used a second or more: where the time of a CPU-bound run goes.
cpu_by_thread() {
    local task
    for task in /proc/$service_pid/task/*; do
        # fields after "pid (name) ": utime and stime are the 12th and 13th (a thread's name may hold spaces)
        echo "$(sed 's/^.*) //' "$task/stat" | awk '{print $12 + $13}') $(tr -d ' ' < "$task/comm" | sed -E 's/[-#]?[0-9]+$//')"
    done | awk -v hz="$(getconf CLK_TCK)" '{cpu[$2] += $1} END {for (k in cpu) if (cpu[k] >= hz) printf "%.0f s %s\n", cpu[k] / hz, k}' \
        | sort -rn | paste -sd, - | sed 's/,/, /g'
}

# Starts the service and prints how long it took to answer its first request.
start_service() {
    local started
    started=$(date +%s%N)
    # from the work folder, so that the embedded database is its ./data with the service's own settings
    (cd "$work" && exec "$service_java" ${jvm_options[@]+"${jvm_options[@]}"} ${extra_options[@]+"${extra_options[@]}"} "${opts[@]}" -jar ../quarkus-app/quarkus-run.jar >> service.log 2>&1) &
    service_pid=$!
    until curl -sf -o /dev/null "$base/api/timeline?limit=1"; do
        kill -0 $service_pid 2>/dev/null || { tail -20 "$work/service.log"; exit 1; }
        sleep 0.01
    done
    echo "$1: first answer $(( ($(date +%s%N) - started) / 1000000 )) ms after launch, resident memory $(rss)"
}

stop_service() {
    kill "${1:--TERM}" $service_pid 2>/dev/null || true
    wait $service_pid 2>/dev/null || true
}
