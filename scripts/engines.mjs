// Finds the two other browser engines the tests run in, from Debian's packages like Chromium: Firefox ESR
// ($FIREFOX_PATH, /usr/bin/firefox-esr) and WebKitGTK, Safari's engine ($WEBKIT_DRIVER_PATH,
// /usr/bin/WebKitWebDriver, with MiniBrowser and xvfb-run). Installs them with apt-get when they are missing
// and we run as root on Debian; otherwise stops with a message saying how to install them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const ENGINES = {
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    packages: ['firefox-esr'],
    howTo: 'Debian/Ubuntu: sudo apt-get install firefox-esr (or set FIREFOX_PATH)',
  },
  webkit: {
    env: 'WEBKIT_DRIVER_PATH',
    paths: ['/usr/bin/WebKitWebDriver'],
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    howTo:
      'Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb xauth (or set WEBKIT_DRIVER_PATH)',
  },
};

function found(name, env) {
  const engine = ENGINES[name];
  const candidates = [env[engine.env], ...engine.paths].filter(Boolean);
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) return undefined;
  if (name === 'webkit' && !(existsSync(MINIBROWSER) && existsSync('/usr/bin/xvfb-run')))
    return undefined;
  return path;
}

/** The path of the engine's binary (Firefox) or WebDriver (WebKit), installing it when allowed. */
export function ensureEngine(name, { log = console.log, env = process.env } = {}) {
  const engine = ENGINES[name];
  const present = found(name, env);
  if (present) return present;
  if (env[engine.env])
    throw new Error(`${engine.env}=${env[engine.env]} does not exist.\n${engine.howTo}`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const debian =
    existsSync('/etc/os-release') &&
    /^(ID|ID_LIKE)=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
  if (!isRoot || !debian) throw new Error(`${name} is not installed.\n${engine.howTo}`);
  log(`[stadtkit] ${name} is missing: installing ${engine.packages.join(', ')} with apt-get …`);
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', [...lock, 'update', '-qq'], { stdio: 'inherit', env: aptEnv });
  execFileSync(
    'apt-get',
    [...lock, 'install', '-y', '-qq', '--no-install-recommends', ...engine.packages],
    { stdio: 'inherit', env: aptEnv },
  );
  const installed = found(name, env);
  if (!installed)
    throw new Error(`apt-get finished but ${name} is still missing.\n${engine.howTo}`);
  return installed;
}
