#!/usr/bin/env bash
# The logic of action.yml, the digest-repair GitHub Action, in a script so that it runs (and is
# tested, by LauncherIT) the same way off GitHub:
#   run.sh repair      repair in place the files DR_FILES names, in the fork's checkout
#   run.sh build-key   a hash of what the build is made from, for the build cache's key
#
# Inputs (action.yml passes its inputs as these variables):
#   DR_FILES               whitespace-separated file names or globs, relative to the checkout
#   DR_WORKING_DIRECTORY   the fork's checkout (default: $GITHUB_WORKSPACE, else the current directory)
#   DR_RESTORE_DROPPED, DR_ENGLISH_NAMES   "true" to pass --restore-dropped / --english-names
#   DR_TARGET_LANGUAGE     the language to repair into (default: $LANGUAGE, else English)
#   OPENAI_API_KEY, OPENAI_BASE_URL, MODEL_NAME, LANGUAGE, ...: read by the services, as in the pipeline
#   GITHUB_STEP_SUMMARY    the file the job summary is appended to; without it the summary is printed
# Messages to the run's page use the workflow commands ::error::, ::warning::, ::notice::
# (docs.github.com, "Workflow commands for GitHub Actions"); elsewhere they are plain lines.
# Exit status: 1 when a paper could not be repaired at all (the summary says which file), 2 or 3
# when the step could not run (wrong input, the services failed); a file that is not a digest (the
# day's crawl, say) is listed in the summary but fails nothing.
set -euo pipefail

ACTION_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LAUNCHER="$ACTION_ROOT/digest-repair"
RUN_DIR=${DIGEST_REPAIR_RUN_DIR:-$ACTION_ROOT/.run}

# hashFiles() in a workflow sees only files under GITHUB_WORKSPACE, and the action is checked out
# outside it (actions/toolkit#1035, docs.github.com "Evaluate expressions": hashFiles): hash here.
build_key() {
  (cd "$ACTION_ROOT" && find pom.xml ./*/pom.xml ./*/src/main digest-repair -type f -print0 2>/dev/null |
    sort -z | xargs -0 sha256sum | sha256sum | cut -c1-20)
}

# The launcher rebuilds a jar older than its sources. Restored from the cache under the key of
# these very sources, the jars are not stale whatever their mtimes: say so by touching them.
trust_restored_build() {
  local key
  key=$(build_key)
  if [ -f "$RUN_DIR/build-key" ] && [ "$(cat "$RUN_DIR/build-key")" = "$key" ]; then
    find "$ACTION_ROOT" -path '*/target/*-all.jar' -exec touch {} +
  fi
}

remember_build() {
  mkdir -p "$RUN_DIR"
  build_key >"$RUN_DIR/build-key"
}

# --restore-dropped and --english-names come with the digest family's options: pass one only when
# this version of the client has it, and say so otherwise.
option_if_supported() {
  if grep -rqF -- "\"$1\"" "$ACTION_ROOT/cli/src/main/java"; then
    OPTIONS+=("$1")
  else
    echo "::warning::digest-repair: $1 is not supported by this version of the action; ignored"
  fi
}

cmd_repair() {
  local workdir=${DR_WORKING_DIRECTORY:-${GITHUB_WORKSPACE:-$PWD}}
  cd "$workdir"
  local summary=${GITHUB_STEP_SUMMARY:-} printed=false
  if [ -z "$summary" ]; then
    summary=$(mktemp)
    printed=true
  fi

  local patterns=() pattern files=() match
  read -r -a patterns <<<"$(printf '%s' "${DR_FILES:-}" | tr '\n' ' ')"
  [ ${#patterns[@]} -gt 0 ] || { echo "::error::digest-repair: the files input is empty"; exit 2; }
  shopt -s nullglob
  for pattern in "${patterns[@]}"; do
    # shellcheck disable=SC2206 # the glob is meant to expand here
    local matches=($pattern)
    for match in "${matches[@]}"; do
      [ -f "$match" ] && files+=("$match")
    done
  done
  shopt -u nullglob
  if [ ${#files[@]} -eq 0 ]; then
    printf '### digest-repair\n\nNo file matched `%s` in %s: nothing to repair.\n\n' "${patterns[*]}" "$workdir" >>"$summary"
    $printed && cat "$summary"
    echo "digest-repair: no file matched ${patterns[*]}"
    return 0
  fi

  OPTIONS=(--in-place --progress lines --job-summary "$summary")
  [ "${DR_RESTORE_DROPPED:-false}" = true ] && option_if_supported --restore-dropped
  [ "${DR_ENGLISH_NAMES:-false}" = true ] && option_if_supported --english-names
  if [ -n "${DR_TARGET_LANGUAGE:-}" ]; then
    export LANGUAGE="$DR_TARGET_LANGUAGE"
  fi

  trust_restored_build
  local status=0
  "$LAUNCHER" repair "${OPTIONS[@]}" -- "${files[@]}" || status=$?
  remember_build
  $printed && cat "$summary"
  case "$status" in
    0) return 0 ;;
    4) echo "::notice::digest-repair: some files are not digests and were left as they are (see the job summary)"; return 0 ;;
    1) echo "::error::digest-repair: some papers could not be repaired (see the job summary); the repaired ones are written"; return 1 ;;
    *) echo "::error::digest-repair: the repair could not run (exit $status); the files are untouched"; return "$status" ;;
  esac
}

case "${1:-}" in
  repair) cmd_repair ;;
  build-key) build_key ;;
  *) echo "usage: $0 repair | build-key" >&2; exit 2 ;;
esac
