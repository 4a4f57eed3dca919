# Shared by bin/celonis-nb and bin/test: locate the repo, install what is missing, build the jar.
# Sourced, not run.

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
celonis_jar="$repo_root/kernel-ext/target/celonis-nb.jar"

say() { printf 'celonis-nb: %s\n' "$*" >&2; }

# Debian's Jupyter pieces the product runs notebooks with. They live on /usr/bin/python3, which may
# not be the python3 first on PATH, so check with that interpreter.
jupyter_packages=(jupyter-nbconvert python3-nbclient python3-nbformat jupyter-client)

jupyter_present() {
  [ -x /usr/bin/jupyter-nbconvert ] && /usr/bin/python3 -c 'import nbclient, nbformat, jupyter_client' 2>/dev/null
}

ensure_jupyter() {
  jupyter_present && return 0
  if [ "$(id -u)" != "0" ]; then
    say "Jupyter's nbconvert is not installed. Install it once, as root, with:"
    say "  sudo apt-get update && sudo apt-get install -y ${jupyter_packages[*]}"
    exit 3
  fi
  say "installing Debian's ${jupyter_packages[*]} (once; takes a minute)..."
  local log; log=$(mktemp)
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${jupyter_packages[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    say "installing Jupyter failed (log above)."
    exit 3
  fi
  rm -f "$log"
  jupyter_present || { say "Jupyter was installed but /usr/bin/jupyter-nbconvert does not run; check /usr/bin/python3."; exit 3; }
  say "Jupyter installed."
}

# Debian's Chromium and its driver: the tests open the rendered notebook in Chromium (headless) to check the
# report as shown, and drive the emulator's web page through chromedriver. Nothing else may fetch a browser.
chromium_packages=(chromium chromium-driver)

chromium_present() {
  { [ -x /usr/bin/chromium ] || command -v chromium >/dev/null; } && [ -x /usr/bin/chromedriver ]
}

ensure_chromium() {
  chromium_present && return 0
  if [ "$(id -u)" != "0" ]; then
    say "Chromium or chromedriver is not installed; the tests open the rendered report and the emulator's web page"
    say "in them. Install them once, as root, with:"
    say "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${chromium_packages[*]}"
    exit 3
  fi
  say "installing Debian's ${chromium_packages[*]} (once; takes a minute or two)..."
  local log; log=$(mktemp)
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${chromium_packages[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    say "installing Chromium failed (log above)."
    exit 3
  fi
  rm -f "$log"
  chromium_present || { say "Chromium was installed but no chromium command or /usr/bin/chromedriver is found."; exit 3; }
  say "Chromium and chromedriver installed."
}

ensure_build_tools() {
  command -v java >/dev/null || { say "java is missing: install a JDK 17 (apt-get install -y openjdk-17-jdk-headless)."; exit 3; }
  command -v mvn >/dev/null || { say "mvn is missing: install Maven (apt-get install -y maven)."; exit 3; }
}

# Builds the shaded jar when it is missing or older than any source, pom or bundled notebook.
ensure_jar() {
  if [ -f "$celonis_jar" ] && [ -z "$(find "$repo_root/pom.xml" "$repo_root"/*/pom.xml "$repo_root"/*/src "$repo_root/notebooks" \
        -newer "$celonis_jar" -type f -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  ensure_build_tools
  say "building the celonis-nb jar (mvn package, tests skipped)..."
  local log; log=$(mktemp)
  if ! (cd "$repo_root" && mvn -B -q -DskipTests package) >"$log" 2>&1; then
    cat "$log" >&2
    say "the build failed (log above)."
    exit 2
  fi
  rm -f "$log"
}
