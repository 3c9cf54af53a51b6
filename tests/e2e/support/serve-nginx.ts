/**
 * Entry point for Playwright's nginx webServer: serve dist/ with the shipped
 * deploy/nginx config on 127.0.0.1 until stopped, then remove every trace.
 * nginx runs in the foreground as this process's child; Playwright's SIGTERM
 * stops it. Without nginx this fails loudly: the nginx project must not pass
 * by being skipped.
 */
import { spawn } from 'node:child_process';
import { accessSync, chmodSync, constants, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { writeTestConfig } from './nginx-config';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** NGINX_PATH, or `nginx` on PATH or in the sbin folders a non-root PATH may lack. */
function findNginx(): string | undefined {
  const explicit = process.env.NGINX_PATH;
  if (explicit) return isExecutable(explicit) ? explicit : undefined;
  const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  return folders.map((folder) => join(folder, 'nginx')).find(isExecutable);
}

function fail(message: string): never {
  console.error(`serve-nginx: ${message}`);
  process.exit(1);
}

const port = Number(option('--port'));
const portal = option('--portal');
if (!Number.isInteger(port) || !portal) fail('usage: serve-nginx --port N --portal ORIGIN');
const nginx = findNginx();
if (!nginx) {
  fail(
    `nginx is not installed${process.env.NGINX_PATH ? ` at NGINX_PATH=${process.env.NGINX_PATH}` : ''}. ` +
      'The "nginx" Playwright project serves dist/ with deploy/nginx; ' +
      'install it (Debian: apt-get install nginx; .ci/run does) or set NGINX_PATH.',
  );
}
if (!existsSync('dist/index.html')) fail('dist/ is missing: run `npm run build` first.');

const dir = mkdtempSync(join(tmpdir(), 'nalssi-nginx-'));
let root = resolve('dist');
if (process.getuid?.() === 0) {
  // A root master runs its workers as an unprivileged user, which may not
  // reach dist/ (a clone under /root). Serve a world-readable copy instead.
  chmodSync(dir, 0o755);
  root = join(dir, 'site');
  cpSync('dist', root, { recursive: true });
}
const config = writeTestConfig({ dir, port, root, portals: [portal] });

const server = spawn(nginx, ['-p', dir, '-c', config, '-e', 'stderr'], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
console.log(`serving ${root} with deploy/nginx (${nginx}) on http://127.0.0.1:${port}/`);

server.on('exit', function cleanUp(code, signal) {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    console.error(`serve-nginx: could not remove ${dir}: ${String(error)}`);
  }
  process.exit(signal === 'SIGTERM' || signal === 'SIGQUIT' ? 0 : (code ?? 1));
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, function stopNginx() {
    server.kill('SIGQUIT');
  });
}
