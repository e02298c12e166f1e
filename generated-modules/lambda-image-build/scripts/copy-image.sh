#!/bin/sh
# Republishes a container image into another repository (another account or
# region, typically the user's ECR) by digest, daemonless with skopeo or
# crane, docker as a fallback. Interface: src/images/README.md, or --help.
set -eu

PROGRAM=copy-image
SCRIPT_DIR=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$SCRIPT_DIR/common.sh"

usage() {
  cat <<'EOF'
Usage: copy-image.sh copy|resolve-digest [--option value]...

copy            copies SOURCE_IMAGE (one platform of it) to DEST_IMAGE and prints
                the destination manifest digest (sha256:...) as the only stdout line
resolve-digest  prints the digest SOURCE_IMAGE currently resolves to (for an index:
                the index digest), to pin it or to use as a re-copy trigger

Every option can also be given as an environment variable (the flag wins).

  --source-image        LAMBDACRON_SOURCE_IMAGE        HOST/REPOSITORY:TAG or
                                                       HOST/REPOSITORY@sha256:... (required)
  --dest-image          LAMBDACRON_DEST_IMAGE          HOST/REPOSITORY:TAG (required by copy)
  --platform            LAMBDACRON_PLATFORM            linux/amd64 or linux/arm64: the
                                                       platform taken from an index and
                                                       required of the copy (linux/amd64)
  --tool                LAMBDACRON_COPY_TOOL           skopeo, crane, docker or auto (auto:
                                                       the first of these installed)
  --source-login        LAMBDACRON_SOURCE_LOGIN        ecr, none or auto (auto)
  --dest-login          LAMBDACRON_DEST_LOGIN          ecr, none or auto (auto: ecr for an
                                                       ECR host, none otherwise)
  --source-aws-region   LAMBDACRON_SOURCE_AWS_REGION   (from the source host)
  --dest-aws-region     LAMBDACRON_DEST_AWS_REGION     (from the destination host)
  --source-aws-profile  LAMBDACRON_SOURCE_AWS_PROFILE  (the ambient credentials)
  --dest-aws-profile    LAMBDACRON_DEST_AWS_PROFILE    (the ambient credentials)
  --source-tls-verify   LAMBDACRON_SOURCE_TLS_VERIFY   true or false (true)
  --dest-tls-verify     LAMBDACRON_DEST_TLS_VERIFY     true or false (true)
  --digest-file         LAMBDACRON_DIGEST_FILE         also write the digest to this file

Exit codes: 0 done, 2 bad input, 3 tool missing, 4 login failed,
6 copy or inspect failed, 7 copied image is not Lambda-compatible.
EOF
}

MODE=
SOURCE_IMAGE=${LAMBDACRON_SOURCE_IMAGE:-}
DEST_IMAGE=${LAMBDACRON_DEST_IMAGE:-}
PLATFORM=${LAMBDACRON_PLATFORM:-linux/amd64}
TOOL=${LAMBDACRON_COPY_TOOL:-auto}
SOURCE_LOGIN=${LAMBDACRON_SOURCE_LOGIN:-auto}
DEST_LOGIN=${LAMBDACRON_DEST_LOGIN:-auto}
SOURCE_REGION=${LAMBDACRON_SOURCE_AWS_REGION:-}
DEST_REGION=${LAMBDACRON_DEST_AWS_REGION:-}
SOURCE_PROFILE=${LAMBDACRON_SOURCE_AWS_PROFILE:-}
DEST_PROFILE=${LAMBDACRON_DEST_AWS_PROFILE:-}
SOURCE_TLS=${LAMBDACRON_SOURCE_TLS_VERIFY:-true}
DEST_TLS=${LAMBDACRON_DEST_TLS_VERIFY:-true}
DIGEST_FILE=${LAMBDACRON_DIGEST_FILE:-}

while [ $# -gt 0 ]; do
  case $1 in
    -h | --help)
      usage
      exit 0
      ;;
    --*=*)
      opt=${1%%=*} val=${1#*=}
      shift
      ;;
    --*)
      [ $# -ge 2 ] || fail "$EXIT_USAGE" "option $1 needs a value." 'run with --help'
      opt=$1 val=$2
      shift 2
      ;;
    copy | resolve-digest)
      [ -z "$MODE" ] || fail "$EXIT_USAGE" "give one mode, got \"$MODE\" and \"$1\"."
      MODE=$1
      shift
      continue
      ;;
    *) fail "$EXIT_USAGE" "unexpected argument \"$1\"." 'the mode is "copy" or "resolve-digest"; run with --help' ;;
  esac
  case $opt in
    --source-image) SOURCE_IMAGE=$val ;;
    --dest-image) DEST_IMAGE=$val ;;
    --platform) PLATFORM=$val ;;
    --tool) TOOL=$val ;;
    --source-login) SOURCE_LOGIN=$val ;;
    --dest-login) DEST_LOGIN=$val ;;
    --source-aws-region) SOURCE_REGION=$val ;;
    --dest-aws-region) DEST_REGION=$val ;;
    --source-aws-profile) SOURCE_PROFILE=$val ;;
    --dest-aws-profile) DEST_PROFILE=$val ;;
    --source-tls-verify) SOURCE_TLS=$val ;;
    --dest-tls-verify) DEST_TLS=$val ;;
    --digest-file) DIGEST_FILE=$val ;;
    *) fail "$EXIT_USAGE" "unknown option $opt." 'run with --help' ;;
  esac
done

# Validate every input before touching a registry.
[ -n "$MODE" ] || fail "$EXIT_USAGE" 'the mode is required: "copy" or "resolve-digest".' 'run with --help'
[ -n "$SOURCE_IMAGE" ] || fail "$EXIT_USAGE" 'the source image is required (LAMBDACRON_SOURCE_IMAGE or --source-image).'
# The source is HOST/REPOSITORY:TAG, HOST/REPOSITORY@DIGEST or both.
source_base=${SOURCE_IMAGE%@*}
if [ "$source_base" != "$SOURCE_IMAGE" ]; then
  is_digest "${SOURCE_IMAGE##*@}" ||
    fail "$EXIT_USAGE" "the source image digest must be sha256:<64 hex digits>, got \"${SOURCE_IMAGE##*@}\"."
  case ${source_base##*/} in
    *:*) ;;
    *) source_base=$source_base:pinned ;;
  esac
fi
validate_tagged_ref 'source image' "$source_base"
if [ "$MODE" = copy ]; then
  [ -n "$DEST_IMAGE" ] || fail "$EXIT_USAGE" 'the destination image is required (LAMBDACRON_DEST_IMAGE or --dest-image).'
  validate_tagged_ref 'destination image' "$DEST_IMAGE"
fi
validate_platform "$PLATFORM"
validate_login_mode 'source login' "$SOURCE_LOGIN"
validate_login_mode 'destination login' "$DEST_LOGIN"
validate_bool 'source TLS verify' "$SOURCE_TLS"
validate_bool 'destination TLS verify' "$DEST_TLS"
case $TOOL in
  auto | skopeo | crane | docker) ;;
  *) fail "$EXIT_USAGE" "unknown copy tool \"$TOOL\"." 'the tool must be skopeo, crane, docker or auto' ;;
esac

select_tool() {
  if [ "$TOOL" != auto ]; then
    has_command "$TOOL" || fail "$EXIT_MISSING_TOOL" "copy tool \"$TOOL\" is not installed." \
      'install skopeo or crane (no daemon needed), or choose another tool'
    return 0
  fi
  for candidate in skopeo crane docker; do
    if has_command "$candidate"; then
      TOOL=$candidate
      return 0
    fi
  done
  fail "$EXIT_MISSING_TOOL" 'no copy tool found (looked for skopeo, crane, docker).' \
    'install skopeo (apt-get install skopeo, brew install skopeo) or crane'
}

LOGGED_IN=

# login_if_needed MODE HOST REGION PROFILE TLS: one login per host and profile.
login_if_needed() {
  if [ "$(resolve_login_mode "$1" "$2")" = ecr ] && [ "$LOGGED_IN" != "$2|$4" ]; then
    ecr_login "$TOOL" "$2" "$3" "$4" "$5"
    LOGGED_IN="$2|$4"
  fi
}

make_work_dir
select_tool
SOURCE_HOST=$(registry_host "$SOURCE_IMAGE")
ARCH=${PLATFORM#linux/}

if [ "$MODE" = resolve-digest ]; then
  login_if_needed "$SOURCE_LOGIN" "$SOURCE_HOST" "$SOURCE_REGION" "$SOURCE_PROFILE" "$SOURCE_TLS"
  status=0
  case $TOOL in
    skopeo)
      DIGEST=$(skopeo inspect --tls-verify="$SOURCE_TLS" --format '{{.Digest}}' \
        "docker://$SOURCE_IMAGE" 2>"$WORK_DIR/inspect.log") || status=$?
      ;;
    crane)
      if [ "$SOURCE_TLS" = false ]; then set -- --insecure; else set --; fi
      DIGEST=$(crane digest "$@" "$SOURCE_IMAGE" 2>"$WORK_DIR/inspect.log") || status=$?
      ;;
    docker)
      fail "$EXIT_MISSING_TOOL" 'resolve-digest needs skopeo or crane.' 'install skopeo or crane'
      ;;
  esac
  if [ "$status" -ne 0 ]; then
    cat "$WORK_DIR/inspect.log" >&2
    fail "$EXIT_PUSH" "cannot inspect $SOURCE_IMAGE." "$(hint_for_log inspect.log)"
  fi
  is_digest "$DIGEST" || fail "$EXIT_PUSH" "$TOOL reported \"$DIGEST\" as the digest of $SOURCE_IMAGE."
  write_digest "$DIGEST_FILE" "$DIGEST"
  printf '%s\n' "$DIGEST"
  exit 0
fi

DEST_HOST=$(registry_host "$DEST_IMAGE")
login_if_needed "$SOURCE_LOGIN" "$SOURCE_HOST" "$SOURCE_REGION" "$SOURCE_PROFILE" "$SOURCE_TLS"
login_if_needed "$DEST_LOGIN" "$DEST_HOST" "$DEST_REGION" "$DEST_PROFILE" "$DEST_TLS"
info "copying $SOURCE_IMAGE to $DEST_IMAGE ($PLATFORM) with $TOOL"

# Refuse a source of the wrong architecture before writing the destination.
if [ "$TOOL" != docker ]; then
  require_architecture "$SOURCE_IMAGE" "$SOURCE_TLS" "$PLATFORM"
fi

# Without --all, skopeo and crane take the one image of the requested platform
# from an index, so the destination holds a single manifest, as Lambda needs;
# a single-manifest source is copied byte for byte, keeping its digest.
copy_status=0
case $TOOL in
  skopeo)
    run_logged copy.log skopeo copy --retry-times 3 \
      --src-tls-verify="$SOURCE_TLS" --dest-tls-verify="$DEST_TLS" \
      --override-os linux --override-arch "$ARCH" \
      --digestfile "$WORK_DIR/digest" \
      "docker://$SOURCE_IMAGE" "docker://$DEST_IMAGE" || copy_status=$?
    ;;
  crane)
    # crane has one --insecure switch for both ends.
    set --
    if [ "$SOURCE_TLS" = false ] || [ "$DEST_TLS" = false ]; then set -- --insecure; fi
    run_logged copy.log crane copy "$@" --platform "$PLATFORM" \
      "$SOURCE_IMAGE" "$DEST_IMAGE" || copy_status=$?
    if [ "$copy_status" -eq 0 ]; then
      crane digest "$@" "$DEST_IMAGE" >"$WORK_DIR/digest" 2>>"$WORK_DIR/copy.log" || copy_status=$?
    fi
    ;;
  docker)
    # The daemon re-pushes what it pulled, so the digest may differ from the
    # source's; the TLS toggles are the daemon's insecure-registries setting.
    {
      run_logged pull.log docker pull --platform "$PLATFORM" "$SOURCE_IMAGE" &&
        docker tag "$SOURCE_IMAGE" "$DEST_IMAGE" &&
        run_logged copy.log docker push "$DEST_IMAGE"
    } || copy_status=$?
    if [ -f "$WORK_DIR/pull.log" ] && [ ! -f "$WORK_DIR/copy.log" ]; then
      cp "$WORK_DIR/pull.log" "$WORK_DIR/copy.log"
    fi
    sed -n -E 's/.*digest: (sha256:[0-9a-f]{64}).*/\1/p' "$WORK_DIR/copy.log" |
      tail -n 1 >"$WORK_DIR/digest"
    ;;
esac
if [ "$copy_status" -ne 0 ]; then
  fail "$EXIT_PUSH" "$TOOL could not copy $SOURCE_IMAGE to $DEST_IMAGE (exit $copy_status)." "$(hint_for_log copy.log)"
fi
DIGEST=$(cat "$WORK_DIR/digest")
is_digest "$DIGEST" || fail "$EXIT_PUSH" "$TOOL did not report the digest of $DEST_IMAGE."

verify_lambda_image "${DEST_IMAGE%:*}@$DIGEST" "$DEST_TLS" "$PLATFORM"
write_digest "$DIGEST_FILE" "$DIGEST"
info "copied to ${DEST_IMAGE%:*}@$DIGEST"
printf '%s\n' "$DIGEST"
