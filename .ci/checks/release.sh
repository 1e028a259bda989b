#!/usr/bin/env bash
# Run by .ci/run: the release as a user meets it (docs/releasing.md).
#
# 1. The release build, `-Prelease deploy`, into a file repository (no credentials here, so
#    nothing is signed and nothing goes to Central): every published module must arrive with its
#    pom, jar, sources and javadoc jars; the archives, the all-in-one jar and their checksums
#    must be there, and the all-in-one jar must have been shaded without overlapping entries.
# 2. The tar.gz unpacked in a new directory and run through a symbolic link from elsewhere, with
#    Java 17 and (where installed) Java 25; the zip's launcher the same once.
# 3. Two fresh consumer projects (.ci/consumer) built offline with an empty local repository and
#    only that file repository for dev.sagelint: the Maven plugin fails `verify` on a bad spec,
#    and a program using sagelint-core as a library lints a spec.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd -P)"
cd "$root"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)"
java25="${SAGELINT_JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# The machine's Maven repository: read (as a file repository) by the offline consumer builds,
# never written by this script.
m2="${SAGELINT_M2_REPOSITORY:-$HOME/.m2/repository}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "release: FAIL: $*" >&2; exit 1; }
now() { date +%s%N; }
took() { printf '%.1f s' "$(( $(now) - $1 ))e-9"; }

# 1. The release build. (SAGELINT_RELEASE_REUSE=DIR keeps the repository and log in DIR and,
#    when DIR already holds them, skips the build: for iterating on this script only.)
reuse="${SAGELINT_RELEASE_REUSE:-}"
work="${reuse:-$tmp}"
repo="$work/release-repo"
log="$work/release-build.log"
if [[ -n "$reuse" && -d "$repo" && -s "$log" ]]; then
  echo "release: reusing $repo (SAGELINT_RELEASE_REUSE)"
else
  mkdir -p "$work"
  core_in_m2="$m2/dev/sagelint/sagelint-core/$version/sagelint-core-$version.jar"
  before="$(stat -c %Y "$core_in_m2" 2>/dev/null || echo absent)"
  had_sagelint_dir=false
  [[ ! -d "$m2/dev/sagelint" ]] || had_sagelint_dir=true
  t0="$(now)"
  # deploy runs the install phase too: skipped, so nothing reaches the machine's ~/.m2.
  ./mvnw -B -ntp -Prelease deploy -DskipTests -Dinvoker.skip=true -Dmaven.install.skip=true \
    -DaltDeploymentRepository="sagelint-release::file://$repo" >"$log" 2>&1 \
    || { tail -n 60 "$log" >&2; fail "the release build failed"; }
  echo "release: -Prelease deploy to a file repository: $(took "$t0")"
  [[ "$(stat -c %Y "$core_in_m2" 2>/dev/null || echo absent)" == "$before" ]] \
    || fail "the release build installed into $m2; it must leave the machine's repository alone"
  # Deploying still leaves Maven's bookkeeping of the file repository (maven-metadata-<id>.xml,
  # resolver-status.properties) under dev/sagelint in the local repository; remove it when that
  # folder did not exist before.
  [[ "$had_sagelint_dir" == true ]] || rm -rf "$m2/dev/sagelint"
fi
if grep -Ei 'overlapping|duplicate (class|resource)|\[WARNING\].*(shade|assembly)' "$log"; then
  fail "the release build warned (above)"
fi
for module in sagelint-schemas sagelint-core sagelint-cli sagelint-maven-plugin; do
  dir="$repo/dev/sagelint/$module/$version"
  for suffix in .pom .jar -sources.jar -javadoc.jar; do
    [[ -s "$dir/$module-$version$suffix" ]] || fail "not deployed: $module-$version$suffix"
  done
  unzip -p "$dir/$module-$version.jar" META-INF/MANIFEST.MF >/dev/null || fail "$module: not a jar"
  grep -q '<name>Apache-2.0</name>' "$dir/$module-$version.pom" \
    || grep -q '<artifactId>sagelint-parent</artifactId>' "$dir/$module-$version.pom" \
    || fail "$module: no license"
done
[[ -s "$repo/dev/sagelint/sagelint-parent/$version/sagelint-parent-$version.pom" ]] || fail "parent pom not deployed"
[[ ! -e "$repo/dev/sagelint/sagelint-dist" ]] || fail "the dist module must not be published"
for key in '<url>' '<licenses>' '<scm' '<developers>'; do
  grep -q "$key" "$repo/dev/sagelint/sagelint-parent/$version/sagelint-parent-$version.pom" \
    || fail "parent pom lacks $key (Maven Central requires it)"
done

dist="$root/dist/target"
for f in "sagelint-$version.zip" "sagelint-$version.tar.gz" "sagelint-$version-all.jar"; do
  [[ -s "$dist/$f" && -s "$dist/$f.sha256" ]] || fail "missing $f or its .sha256"
  (cd "$dist" && sha256sum --quiet -c "$f.sha256") || fail "$f.sha256 does not match"
done
# Every bundled jar is listed with its license.
while read -r jar; do
  name="${jar%.jar}"
  [[ "$name" == sagelint-* ]] && continue
  grep -Eq "^$name " "$root/dist/THIRD-PARTY.txt" || fail "THIRD-PARTY.txt does not list $jar"
done < <(tar tzf "$dist/sagelint-$version.tar.gz" | sed -n "s:^sagelint-$version/lib/::p" | grep .)
# The same LICENSE everywhere.
tar xzf "$dist/sagelint-$version.tar.gz" -O "sagelint-$version/LICENSE" | cmp -s - LICENSE \
  || fail "the tar.gz's LICENSE differs from the repository's"
unzip -p "$dist/sagelint-$version-all.jar" META-INF/sagelint/LICENSE | cmp -s - LICENSE \
  || fail "the all-in-one jar's LICENSE differs from the repository's"

# 2. The archives, unpacked and run from elsewhere through a symbolic link.
commit="$(git rev-parse HEAD)"
expected_version="$(printf 'sagelint %s\nSageMaker API models: 2021-02-22, 2026-08-07\ngit commit: %s' "$version" "$commit")"
mkdir -p "$tmp/install" "$tmp/bin" "$tmp/work" "$tmp/cache"
tar xzf "$dist/sagelint-$version.tar.gz" -C "$tmp/install"
ln -s "$tmp/install/sagelint-$version/bin/sagelint" "$tmp/bin/sagelint"
cp -r examples "$tmp/work/examples"
export SAGELINT_CACHE_DIR="$tmp/cache"
# What the same build prints through the checkout's launcher, byte for byte.
set +e
expected_lint="$(cd "$tmp/work" && "$root/sagelint" lint examples/)"
set -e
[[ "$(tail -n 1 <<<"$expected_lint")" == Found*problems* ]] || fail "./sagelint lint examples/ printed no summary"
check_install() { # LABEL LAUNCHER [JAVA_HOME]
  local label="$1" launcher="$2" jh="${3:-}" out rc
  for run in first second; do
    set +e
    out="$(cd "$tmp/work" && env ${jh:+JAVA_HOME="$jh"} "$launcher" lint examples/ 2>"$tmp/stderr")"
    rc=$?
    set -e
    [[ $rc -eq 1 ]] || { cat "$tmp/stderr" >&2; fail "$label ($run run): exit code $rc, expected 1"; }
    [[ ! -s "$tmp/stderr" ]] || { cat "$tmp/stderr" >&2; fail "$label ($run run): wrote to stderr"; }
    [[ "$out" == "$expected_lint" ]] \
      || fail "$label ($run run): the report differs from the checkout's ./sagelint: $(diff <(echo "$expected_lint") <(echo "$out") | head -n 20)"
    grep -qF 'examples/bad/create-model.yaml:1:12: error [SM105] `churn_model` does not match the pattern AWS requires for `ModelName`' <<<"$out" \
      || fail "$label ($run run): the SM105 finding is missing"
  done
  [[ "$(cd / && env ${jh:+JAVA_HOME="$jh"} "$launcher" --version)" == "$expected_version" ]] \
    || fail "$label: --version printed something else"
  echo "release: $label: lint examples/ (twice: the first run records the start-up archive) and --version as expected"
}
# PATH's Java (17 on CI), then JAVA_HOME pointing at Java 25.
check_install "tar.gz, Java on PATH ($(java -version 2>&1 | head -n 1))" "$tmp/bin/sagelint"
if [[ -x "$java25/bin/java" ]]; then
  check_install "tar.gz, JAVA_HOME=$java25" "$tmp/bin/sagelint" "$java25"
else
  echo "release: no Java 25 at $java25; skipped that run"
fi
archives=("$tmp/cache"/*.jsa)
[[ ${#archives[@]} -ge 1 && -s "${archives[0]}" ]] || fail "the launcher recorded no start-up archive"
(cd "$tmp" && unzip -q "$dist/sagelint-$version.zip" -d zip)
check_install "zip" "$tmp/zip/sagelint-$version/bin/sagelint"
[[ "$(cd / && java -jar "$dist/sagelint-$version-all.jar" --version)" == "$expected_version" ]] \
  || fail "java -jar sagelint-$version-all.jar --version printed something else"
echo "release: java -jar sagelint-$version-all.jar --version as expected"

# 3. Consumers, offline. Their local repository starts empty; dev.sagelint comes only from the
#    release repository; everything else (plugins, Jackson...) from this machine's Maven cache,
#    read as a file repository. -o plus file: as the one protocol allowed offline: no network.
cat >"$tmp/settings.xml" <<XML
<settings>
  <localRepository>$tmp/consumer-m2</localRepository>
  <mirrors>
    <mirror>
      <id>machine-cache</id>
      <mirrorOf>central</mirrorOf>
      <url>file://$m2</url>
    </mirror>
  </mirrors>
  <profiles>
    <profile>
      <id>release</id>
      <repositories>
        <repository><id>sagelint-release</id><url>file://$repo</url></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>sagelint-release</id><url>file://$repo</url></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>release</activeProfile></activeProfiles>
</settings>
XML
consumer_mvn() { # DIR ARGS...
  local dir="$1"
  shift
  (cd "$dir" && ./mvnw -B -o -s "$tmp/settings.xml" -Daether.offline.protocols=file \
    -Daether.checksums.algorithms=SHA-1 -Dmaven.repo.local="$tmp/consumer-m2" "$@")
}
for c in maven-plugin library; do
  cp -r ".ci/consumer/$c" "$tmp/$c"
  cp -r mvnw .mvn "$tmp/$c/"
  sed -i "s/@sagelint.version@/$version/" "$tmp/$c/pom.xml"
done

t0="$(now)"
set +e
consumer_mvn "$tmp/maven-plugin" verify >"$tmp/plugin.log" 2>&1
rc=$?
set -e
[[ $rc -ne 0 ]] || { cat "$tmp/plugin.log"; fail "maven-plugin consumer: verify passed on a bad spec"; }
grep -q '^\[ERROR\] src/main/sagemaker/model.yaml:1:12 \[SM105\] `churn_model` ' "$tmp/plugin.log" \
  || { tail -n 40 "$tmp/plugin.log"; fail "maven-plugin consumer: the SM105 finding is not in the log"; }
grep -qF '[ERROR] Failed to execute goal dev.sagelint:sagelint-maven-plugin:'"$version"':check (default) on project plugin-consumer: sagelint: 1 finding at or above error (failOn=error)' "$tmp/plugin.log" \
  || { tail -n 40 "$tmp/plugin.log"; fail "maven-plugin consumer: not the plugin's failure"; }
echo "release: maven-plugin consumer: verify fails on the bad spec with SM105 at 1:12 ($(took "$t0"))"

t0="$(now)"
consumer_mvn "$tmp/library" compile dependency:build-classpath -Dmdep.outputFile=cp.txt \
  >"$tmp/library.log" 2>&1 || { tail -n 40 "$tmp/library.log"; fail "library consumer: the build failed"; }
set +e
out="$(cd "$tmp/library" && java -cp "target/classes:$(cat cp.txt)" example.LintOne "$root/examples/bad/create-model.yaml" 2>/dev/null)"
rc=$?
set -e
expected="$(printf '%s\n' \
  "$root/examples/bad/create-model.yaml:1:12 ERROR SM105" \
  "$root/examples/bad/create-model.yaml:5:3 ERROR SM102" \
  "$root/examples/bad/create-model.yaml:6:9 ERROR SM104" \
  "$root/examples/bad/create-model.yaml:7:25 ERROR SM103")"
[[ $rc -eq 1 && "$out" == "$expected" ]] \
  || fail "library consumer: exit code $rc, printed:"$'\n'"$out"$'\n'"expected:"$'\n'"$expected"
echo "release: library consumer: lints a spec through sagelint-core, 4 findings as expected ($(took "$t0"))"

# Where the consumers' dev.sagelint artifacts came from: the release repository, nothing else.
while read -r marker; do
  grep -q '>sagelint-release=' "$marker" || fail "not resolved from the release repository: $marker"
done < <(find "$tmp/consumer-m2/dev/sagelint" -name _remote.repositories)
[[ -n "$(find "$tmp/consumer-m2/dev/sagelint" -name 'sagelint-core-*.jar')" ]] || fail "no sagelint-core in the consumer's repository"
echo "release: all checks passed"
