// Finds the Chromium that our browser tests drive. Playwright's own browser download does not work on
// the machines we build on, so we use the system's Chromium: $CHROMIUM_PATH, then /usr/bin/chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The path of a usable Chromium, or undefined. */
export function findChromium(env = process.env) {
  const candidates = [env.CHROMIUM_PATH, DEFAULT_CHROMIUM].filter(Boolean);
  return candidates.find((path) => existsSync(path));
}

function isDebian() {
  if (!existsSync('/etc/os-release')) return false;
  const text = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*debian/m.test(text);
}

/** Parallel test runs (turbo runs packages side by side) wait for each other's apt lock. */
const APT_LOCK_WAIT = ['-o', 'DPkg::Lock::Timeout=600'];

const HOW_TO =
  'Stadtkit tests components in a real Chromium. Install one and point CHROMIUM_PATH at it, e.g.\n' +
  '  Debian/Ubuntu: sudo apt-get install chromium\n' +
  '  macOS:         CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"\n';

/**
 * Returns the Chromium path; installs Debian's `chromium` package when it is missing and we run as root
 * on Debian; otherwise throws with a message saying how to install it.
 */
export function ensureChromium({ log = console.log } = {}) {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.\n${HOW_TO}`);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !isDebian()) {
    throw new Error(`No Chromium found at ${DEFAULT_CHROMIUM}.\n${HOW_TO}`);
  }
  log('[stadtkit] Chromium is missing: installing Debian package "chromium" with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', [...APT_LOCK_WAIT, 'update', '-qq'], { stdio: 'inherit', env });
  execFileSync(
    'apt-get',
    [...APT_LOCK_WAIT, 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
    {
      stdio: 'inherit',
      env,
    },
  );
  const installed = findChromium();
  if (!installed)
    throw new Error(`apt-get finished but ${DEFAULT_CHROMIUM} is still missing.\n${HOW_TO}`);
  return installed;
}

/** Flags for headless Chromium on a closed network, as root in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
