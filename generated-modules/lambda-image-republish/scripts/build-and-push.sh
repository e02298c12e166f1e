#!/bin/sh
# Builds a Lambda container image from a Dockerfile and pushes it to a
# registry (ECR, or any registry for tests), then prints the pushed manifest
# digest. Interface: src/images/README.md, or run with --help.
set -eu

PROGRAM=build-and-push
SCRIPT_DIR=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$SCRIPT_DIR/common.sh"

NL='
'

usage() {
  cat <<'EOF'
Usage: build-and-push.sh [--option value]...

Builds SOURCE_DIR with a container builder and pushes IMAGE. Prints the pushed
manifest digest (sha256:...) as the only line on stdout; progress goes to stderr.
Every option can also be given as an environment variable (the flag wins).

  --source-dir      LAMBDACRON_SOURCE_DIR      build context folder (required)
  --image           LAMBDACRON_IMAGE           HOST/REPOSITORY:TAG to push (required)
  --dockerfile      LAMBDACRON_DOCKERFILE      Dockerfile path, relative to the
                                               source dir unless absolute (Dockerfile)
  --build-arg K=V   LAMBDACRON_BUILD_ARGS      build arguments; the variable holds one
                                               KEY=VALUE per line, flags add to it
  --platform        LAMBDACRON_PLATFORM        linux/amd64 or linux/arm64 (linux/amd64)
  --builder         LAMBDACRON_BUILDER         docker, podman, buildah or auto (auto:
                                               docker with a reachable daemon, then
                                               podman, then buildah)
  --registry-login  LAMBDACRON_REGISTRY_LOGIN  ecr, none or auto (auto: ecr for an
                                               ECR host, none otherwise)
  --aws-region      LAMBDACRON_AWS_REGION      region for the ECR login (from the host)
  --aws-profile     LAMBDACRON_AWS_PROFILE     AWS CLI profile for the ECR login
                                               (the ambient credentials)
  --tls-verify      LAMBDACRON_TLS_VERIFY      true or false; false only for a local
                                               test registry (true)
  --digest-file     LAMBDACRON_DIGEST_FILE     also write the digest to this file

Exit codes: 0 pushed, 2 bad input, 3 tool missing, 4 login failed,
5 build failed, 6 push failed, 7 pushed image is not Lambda-compatible.
EOF
}

SOURCE_DIR=${LAMBDACRON_SOURCE_DIR:-}
IMAGE=${LAMBDACRON_IMAGE:-}
DOCKERFILE=${LAMBDACRON_DOCKERFILE:-Dockerfile}
BUILD_ARGS=${LAMBDACRON_BUILD_ARGS:-}
PLATFORM=${LAMBDACRON_PLATFORM:-linux/amd64}
BUILDER=${LAMBDACRON_BUILDER:-auto}
REGISTRY_LOGIN=${LAMBDACRON_REGISTRY_LOGIN:-auto}
AWS_REGION_INPUT=${LAMBDACRON_AWS_REGION:-}
AWS_PROFILE_INPUT=${LAMBDACRON_AWS_PROFILE:-}
TLS_VERIFY=${LAMBDACRON_TLS_VERIFY:-true}
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
    *) fail "$EXIT_USAGE" "unexpected argument \"$1\"." 'run with --help' ;;
  esac
  case $opt in
    --source-dir) SOURCE_DIR=$val ;;
    --image) IMAGE=$val ;;
    --dockerfile) DOCKERFILE=$val ;;
    --build-arg) BUILD_ARGS=${BUILD_ARGS:+$BUILD_ARGS$NL}$val ;;
    --platform) PLATFORM=$val ;;
    --builder) BUILDER=$val ;;
    --registry-login) REGISTRY_LOGIN=$val ;;
    --aws-region) AWS_REGION_INPUT=$val ;;
    --aws-profile) AWS_PROFILE_INPUT=$val ;;
    --tls-verify) TLS_VERIFY=$val ;;
    --digest-file) DIGEST_FILE=$val ;;
    *) fail "$EXIT_USAGE" "unknown option $opt." 'run with --help' ;;
  esac
done

# Validate every input before touching a builder or a registry.
[ -n "$SOURCE_DIR" ] || fail "$EXIT_USAGE" 'the source dir is required (LAMBDACRON_SOURCE_DIR or --source-dir).'
[ -d "$SOURCE_DIR" ] || fail "$EXIT_USAGE" "the source dir \"$SOURCE_DIR\" is not a folder."
SOURCE_DIR=$(CDPATH='' cd -- "$SOURCE_DIR" && pwd)
case $DOCKERFILE in
  /*) DOCKERFILE_PATH=$DOCKERFILE ;;
  *) DOCKERFILE_PATH=$SOURCE_DIR/$DOCKERFILE ;;
esac
[ -f "$DOCKERFILE_PATH" ] || fail "$EXIT_USAGE" "no Dockerfile at \"$DOCKERFILE_PATH\"." \
  'the dockerfile input is relative to the source dir; create the file or point the input at it'
[ -n "$IMAGE" ] || fail "$EXIT_USAGE" 'the image is required (LAMBDACRON_IMAGE or --image).'
validate_tagged_ref image "$IMAGE"
validate_platform "$PLATFORM"
validate_login_mode 'registry login' "$REGISTRY_LOGIN"
validate_bool 'TLS verify' "$TLS_VERIFY"
case $BUILDER in
  auto | docker | podman | buildah) ;;
  *)
    fail "$EXIT_USAGE" "unknown builder \"$BUILDER\"." \
      'the builder must be docker, podman, buildah or auto'
    ;;
esac

# Build arguments become "--build-arg KEY=VALUE" pairs in "$@": split on
# newlines only, with globbing off so a value like "*" stays literal.
set --
set -f
old_ifs=$IFS
IFS=$NL
for build_arg in $BUILD_ARGS; do
  case $build_arg in
    '') continue ;;
  esac
  printf '%s\n' "$build_arg" | grep -Eq '^[A-Za-z_][A-Za-z0-9_]*=' ||
    fail "$EXIT_USAGE" "build argument \"$build_arg\" is not KEY=VALUE." \
      'one KEY=VALUE per line; KEY is letters, digits and underscores'
  set -- "$@" --build-arg "$build_arg"
done
IFS=$old_ifs
set +f

docker_daemon_up() {
  docker info >/dev/null 2>&1
}

select_builder() {
  if [ "$BUILDER" != auto ]; then
    has_command "$BUILDER" || fail "$EXIT_MISSING_TOOL" "builder \"$BUILDER\" is not installed." \
      'install it, or choose another builder (docker, podman, buildah)'
    if [ "$BUILDER" = docker ] && ! docker_daemon_up; then
      fail "$EXIT_MISSING_TOOL" 'docker is installed but its daemon is not reachable.' \
        'start Docker (or Docker Desktop), or use podman or buildah'
    fi
    return 0
  fi
  if has_command docker && docker_daemon_up; then
    BUILDER=docker
  elif has_command podman; then
    BUILDER=podman
  elif has_command buildah; then
    BUILDER=buildah
  elif has_command docker; then
    fail "$EXIT_MISSING_TOOL" 'docker is installed but its daemon is not reachable, and neither podman nor buildah is installed.' \
      'start Docker (or Docker Desktop), or install podman or buildah'
  else
    fail "$EXIT_MISSING_TOOL" 'no container builder found (looked for docker, podman, buildah).' \
      'install Docker with buildx, Podman, or Buildah'
  fi
}

make_work_dir
select_builder
HOST=$(registry_host "$IMAGE")
info "building $IMAGE for $PLATFORM with $BUILDER"

if [ "$BUILDER" = docker ] && ! docker buildx version >/dev/null 2>&1; then
  fail "$EXIT_MISSING_TOOL" 'docker buildx is not installed.' \
    'install the buildx plugin: the legacy builder cannot turn off attestations (--provenance=false)'
fi

if [ "$(resolve_login_mode "$REGISTRY_LOGIN" "$HOST")" = ecr ]; then
  ecr_login "$BUILDER" "$HOST" "$AWS_REGION_INPUT" "$AWS_PROFILE_INPUT" "$TLS_VERIFY"
fi

# Build. Lambda needs one image manifest of the function's architecture:
# docker (BuildKit) would otherwise push an index carrying provenance and SBOM
# attestations; podman and buildah never attest, and "--format docker" gives
# a Docker v2 schema 2 manifest, which every registry and Lambda accept.
build_status=0
case $BUILDER in
  docker)
    run_logged build.log docker build --provenance=false --sbom=false \
      --platform "$PLATFORM" -f "$DOCKERFILE_PATH" -t "$IMAGE" "$@" \
      --metadata-file "$WORK_DIR/metadata.json" --push "$SOURCE_DIR" || build_status=$?
    ;;
  podman | buildah)
    build_command=build
    if [ "$BUILDER" = buildah ]; then build_command=bud; fi
    run_logged build.log "$BUILDER" "$build_command" --format docker \
      --platform "$PLATFORM" -f "$DOCKERFILE_PATH" -t "$IMAGE" "$@" "$SOURCE_DIR" || build_status=$?
    ;;
esac
if [ "$build_status" -ne 0 ]; then
  # docker builds and pushes in one step, so its failure may be either.
  fail "$EXIT_BUILD" "$BUILDER build of $SOURCE_DIR failed (exit $build_status)." "$(hint_for_log build.log)"
fi

# Push (podman, buildah) and read the digest back.
case $BUILDER in
  docker)
    DIGEST=$(sed -n -E 's/.*"containerimage\.digest": *"(sha256:[0-9a-f]{64})".*/\1/p' \
      "$WORK_DIR/metadata.json" 2>/dev/null | head -n 1)
    ;;
  podman | buildah)
    push_status=0
    run_logged push.log "$BUILDER" push --tls-verify="$TLS_VERIFY" \
      --digestfile "$WORK_DIR/digest" "$IMAGE" "docker://$IMAGE" || push_status=$?
    if [ "$push_status" -ne 0 ]; then
      fail "$EXIT_PUSH" "$BUILDER push of $IMAGE failed (exit $push_status)." "$(hint_for_log push.log)"
    fi
    DIGEST=$(cat "$WORK_DIR/digest")
    ;;
esac
is_digest "${DIGEST:-}" || fail "$EXIT_PUSH" "$BUILDER did not report the digest of $IMAGE."

verify_lambda_image "${IMAGE%:*}@$DIGEST" "$TLS_VERIFY" "$PLATFORM"
write_digest "$DIGEST_FILE" "$DIGEST"
info "pushed ${IMAGE%:*}@$DIGEST"
printf '%s\n' "$DIGEST"
