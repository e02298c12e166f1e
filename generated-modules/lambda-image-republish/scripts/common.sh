# shellcheck shell=sh
# Shared helpers for build-and-push.sh and copy-image.sh. Sourced, never run.
#
# Callers set PROGRAM (used as the message prefix) before sourcing this file.
# Everything a helper prints goes to stderr: stdout carries only the digest.

# Exit codes, documented in src/images/README.md; used by the callers.
# shellcheck disable=SC2034
EXIT_USAGE=2
EXIT_MISSING_TOOL=3
EXIT_LOGIN=4
EXIT_BUILD=5
EXIT_PUSH=6
EXIT_VERIFY=7

# Media types of image indexes. Lambda resolves an image reference to exactly
# one image manifest; it does not pick a platform out of an index
# (https://github.com/aws/aws-lambda-roadmap/issues/82).
OCI_INDEX_MEDIA_TYPE='application/vnd.oci.image.index.v1+json'
DOCKER_LIST_MEDIA_TYPE='application/vnd.docker.distribution.manifest.list.v2+json'

info() {
  printf '%s: %s\n' "$PROGRAM" "$*" >&2
}

# fail CODE MESSAGE [HINT]
fail() {
  fail_code=$1
  printf '%s: error: %s\n' "$PROGRAM" "$2" >&2
  if [ -n "${3:-}" ]; then
    printf '%s: hint: %s\n' "$PROGRAM" "$3" >&2
  fi
  exit "$fail_code"
}

has_command() {
  command -v "$1" >/dev/null 2>&1
}

# A scratch folder removed on exit; holds tool logs and the password pipe.
make_work_dir() {
  WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/lambdacron-image.XXXXXX")
  trap 'rm -rf "$WORK_DIR"' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# run_logged LOG_NAME COMMAND...: runs the command with its output streamed to
# stderr and kept in $WORK_DIR/LOG_NAME for hint matching. Returns its status.
run_logged() {
  run_log="$WORK_DIR/$1"
  shift
  # POSIX sh has no pipefail: the status travels through a file.
  {
    run_rc=0
    "$@" 2>&1 || run_rc=$?
    echo "$run_rc" >"$run_log.rc"
  } | tee "$run_log" >&2
  return "$(cat "$run_log.rc")"
}

# log_mentions LOG_NAME EXTENDED_REGEX: true when the tool log matches.
log_mentions() {
  grep -Eiq "$2" "$WORK_DIR/$1" 2>/dev/null
}

# hint_for_log LOG_NAME: a fix for the usual registry and build failures.
hint_for_log() {
  if log_mentions "$1" 'unauthorized|authentication required|no basic auth credentials|denied|401|403'; then
    echo 'the registry refused the credentials: log in (set the registry login to "ecr" for ECR, or log in with your builder) and check the IAM permissions (ecr:GetAuthorizationToken, ecr:InitiateLayerUpload, ecr:PutImage, ecr:BatchGetImage)'
  elif log_mentions "$1" 'http: server gave HTTP response to HTTPS client|server gave HTTP response'; then
    echo 'the registry speaks plain HTTP: set the TLS verify toggle to "false" (only for a local test registry)'
  elif log_mentions "$1" 'x509|certificate'; then
    echo 'the registry certificate is not trusted: install its CA, or set the TLS verify toggle to "false" for a local test registry'
  elif log_mentions "$1" 'exec format error'; then
    echo 'a RUN step executed a binary of another architecture: build on a machine of the target architecture, or install qemu-user-static (binfmt) for cross builds'
  elif log_mentions "$1" 'no match for platform|no image found in manifest list|does not match the specified platform|image with reference .* was found but does not match'; then
    echo 'the base image is not published for the requested platform: pick a base image that has it'
  elif log_mentions "$1" 'name unknown|repository .* not found|does not exist in the registry|RepositoryNotFoundException'; then
    echo 'the repository does not exist: create it first (ECR does not create repositories on push)'
  elif log_mentions "$1" 'no space left on device'; then
    echo 'the disk is full: remove unused images (for example "buildah rmi --prune" or "docker system prune")'
  elif log_mentions "$1" 'connection refused|no such host|i/o timeout|network is unreachable'; then
    echo 'the registry is unreachable: check the host name, the network and any proxy settings'
  fi
}

# registry_host IMAGE_REF: the registry part of a reference.
registry_host() {
  case $1 in
    */*) first=${1%%/*} ;;
    *) first= ;;
  esac
  case $first in
    *.* | *:* | localhost) printf '%s\n' "$first" ;;
    *) printf '%s\n' 'docker.io' ;;
  esac
}

# ecr_region HOST: the region of a private ECR registry host, or nothing.
ecr_region() {
  printf '%s\n' "$1" |
    sed -n -E 's/^[0-9]{12}\.dkr\.ecr(-fips)?\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/\2/p'
}

# validate_bool NAME VALUE
validate_bool() {
  case $2 in
    true | false) ;;
    *) fail "$EXIT_USAGE" "$1 must be \"true\" or \"false\", got \"$2\"." ;;
  esac
}

# validate_login_mode NAME VALUE
validate_login_mode() {
  case $2 in
    auto | ecr | none) ;;
    *) fail "$EXIT_USAGE" "$1 must be \"auto\", \"ecr\" or \"none\", got \"$2\"." ;;
  esac
}

# validate_platform VALUE: only the two architectures Lambda runs.
validate_platform() {
  case $1 in
    linux/amd64 | linux/arm64) ;;
    *)
      fail "$EXIT_USAGE" "platform must be \"linux/amd64\" or \"linux/arm64\", got \"$1\"." \
        'Lambda runs x86_64 (linux/amd64) and arm64 (linux/arm64) functions only; match the function architecture'
      ;;
  esac
}

# validate_tagged_ref NAME VALUE: HOST/REPOSITORY:TAG, no digest.
validate_tagged_ref() {
  case $2 in
    *@*) fail "$EXIT_USAGE" "$1 must be HOST/REPOSITORY:TAG without a digest, got \"$2\"." ;;
  esac
  if ! printf '%s\n' "$2" |
    grep -Eq '^([A-Za-z0-9-]+[.:][A-Za-z0-9.:-]*|localhost(:[0-9]+)?)/[a-z0-9]+(([._]|__|-+|/)[a-z0-9]+)*:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$'; then
    fail "$EXIT_USAGE" "$1 must be HOST/REPOSITORY:TAG (lower-case repository, explicit tag), got \"$2\"." \
      'for ECR: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/my-repo:v1'
  fi
}

# resolve_login_mode MODE HOST: "ecr" or "none" after resolving "auto".
resolve_login_mode() {
  if [ "$1" = auto ]; then
    if [ -n "$(ecr_region "$2")" ]; then echo ecr; else echo none; fi
  else
    echo "$1"
  fi
}

# ecr_login TOOL HOST REGION PROFILE TLS_VERIFY: pipes an ECR token into
# "<TOOL> login". TOOL is docker, podman, buildah, skopeo or crane.
ecr_login() {
  login_tool=$1 login_host=$2 login_region=$3 login_profile=$4 login_tls=$5

  if ! has_command aws; then
    fail "$EXIT_MISSING_TOOL" "the AWS CLI (aws) is needed to log in to $login_host." \
      'install AWS CLI v2, or log in yourself and set the registry login to "none"'
  fi
  if [ -z "$login_region" ]; then
    login_region=$(ecr_region "$login_host")
  fi
  if [ -z "$login_region" ]; then
    fail "$EXIT_USAGE" "cannot tell the AWS region of registry $login_host." \
      'set the AWS region input explicitly'
  fi

  # The token travels through a variable and a builtin printf, never argv.
  if [ -n "$login_profile" ]; then
    token=$(aws ecr get-login-password --region "$login_region" --profile "$login_profile") ||
      fail "$EXIT_LOGIN" "aws ecr get-login-password failed for region $login_region." \
        'check the AWS credentials (AWS_PROFILE, aws sso login) and ecr:GetAuthorizationToken'
  else
    token=$(aws ecr get-login-password --region "$login_region") ||
      fail "$EXIT_LOGIN" "aws ecr get-login-password failed for region $login_region." \
        'check the AWS credentials (AWS_PROFILE, aws sso login) and ecr:GetAuthorizationToken'
  fi

  case $login_tool in
    docker) set -- docker login --username AWS --password-stdin "$login_host" ;;
    crane) set -- crane auth login "$login_host" --username AWS --password-stdin ;;
    *) set -- "$login_tool" login --tls-verify="$login_tls" --username AWS --password-stdin "$login_host" ;;
  esac
  if ! printf '%s' "$token" | "$@" >"$WORK_DIR/login.log" 2>&1; then
    cat "$WORK_DIR/login.log" >&2
    fail "$EXIT_LOGIN" "$login_tool login to $login_host failed." "$(hint_for_log login.log)"
  fi
  token=
  info "logged in to $login_host with $login_tool"
}

# fetch_manifest REF TLS_VERIFY: the raw manifest of REF on stdout, via skopeo,
# crane or docker buildx; returns 1 when no inspector is installed.
fetch_manifest() {
  if has_command skopeo; then
    skopeo inspect --raw --tls-verify="$2" "docker://$1"
  elif has_command crane; then
    if [ "$2" = false ]; then crane manifest --insecure "$1"; else crane manifest "$1"; fi
  elif has_command docker && docker buildx version >/dev/null 2>&1; then
    docker buildx imagetools inspect --raw "$1"
  else
    return 1
  fi
}

# fetch_architecture REF TLS_VERIFY PLATFORM: the architecture of REF, or of
# the PLATFORM entry when REF is an index.
fetch_architecture() {
  if has_command skopeo; then
    skopeo inspect --tls-verify="$2" --override-os linux --override-arch "${3#linux/}" \
      --format '{{.Architecture}}' "docker://$1"
  elif has_command crane; then
    fa_ref=$1 fa_platform=$3
    if [ "$2" = false ]; then set -- --insecure; else set --; fi
    crane config "$@" --platform "$fa_platform" "$fa_ref" | sed -n -E 's/.*"architecture":"([^"]+)".*/\1/p'
  else
    return 1
  fi
}

# require_architecture REF TLS_VERIFY PLATFORM: fails when REF is known to be
# an image of another architecture than PLATFORM's.
require_architecture() {
  if got_arch=$(fetch_architecture "$1" "$2" "$3" 2>"$WORK_DIR/arch.log") && [ -n "$got_arch" ]; then
    if [ "$got_arch" != "${3#linux/}" ]; then
      fail "$EXIT_VERIFY" "$1 is a linux/$got_arch image, but $3 was requested." \
        'Lambda runs only images of the function architecture: publish the image for the requested platform, or change the platform'
    fi
  fi
}

# verify_lambda_image REF@DIGEST TLS_VERIFY PLATFORM: fails unless REF is a
# single image manifest of PLATFORM's architecture, which is what Lambda runs.
verify_lambda_image() {
  if ! manifest=$(fetch_manifest "$1" "$2" 2>"$WORK_DIR/verify.log"); then
    if has_command skopeo || has_command crane; then
      cat "$WORK_DIR/verify.log" >&2
      fail "$EXIT_VERIFY" "cannot read back the manifest of $1." "$(hint_for_log verify.log)"
    fi
    info "warning: neither skopeo nor crane is installed, so the pushed manifest was not verified"
    return 0
  fi

  case $manifest in
    *"$OCI_INDEX_MEDIA_TYPE"* | *"$DOCKER_LIST_MEDIA_TYPE"* | *'"manifests"'*)
      fail "$EXIT_VERIFY" "$1 is an image index, not a single image manifest." \
        'Lambda accepts only a single-platform image manifest: build with --provenance=false --sbom=false (docker) or copy one platform'
      ;;
  esac

  require_architecture "$1" "$2" "$3"
  info "verified $1: single image manifest, $3"
}

# write_digest FILE DIGEST: atomically, so a reader never sees half a digest.
write_digest() {
  if [ -z "$1" ]; then return 0; fi
  mkdir -p "$(dirname "$1")"
  printf '%s\n' "$2" >"$1.tmp.$$"
  mv -f "$1.tmp.$$" "$1"
}

# is_digest VALUE
is_digest() {
  printf '%s\n' "$1" | grep -Eq '^sha256:[0-9a-f]{64}$'
}
