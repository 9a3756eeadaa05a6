// End-to-end test of the extension in real VS Code: code-server serves VS Code on 127.0.0.1,
// the built .vsix is installed into it, and headless Chromium (Debian's, driven by
// playwright-core) opens a workspace with a bad Dockerfile, waits for the server's FromAsCasing
// warning, applies its quick fix and checks the text. A screenshot of each step's end is kept
// in artifacts/. Exits 1 with the step that failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const extension = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8'));
const vsix = join(here, '..', `dockerfile-ls-${extension.version}.vsix`);
const codeServer = join(here, 'node_modules', '.bin', 'code-server');
const artifacts = join(here, 'artifacts');
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Generous: CI machines are small and shared, and VS Code in a browser is a lot of JavaScript.
const STEP_TIMEOUT = 120_000;

function fail(message) {
  console.error(`vscode e2e: FAIL ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}
const started = Date.now();
const log = (message) => console.log(`vscode e2e: [${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);

if (!existsSync(vsix)) fail(`${vsix} is missing: run \`npm run package\` in clients/vscode first`);
if (!existsSync(codeServer)) fail(`${codeServer} is missing: run \`npm ci\` in clients/vscode/e2e first`);
if (!existsSync(browserPath)) fail(`${browserPath} is missing: apt-get install chromium`);
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });

const work = mkdtempSync(join(tmpdir(), 'dockerfile-ls-vscode-e2e-'));
const userData = join(work, 'user-data');
const extensions = join(work, 'extensions');
const workspace = join(work, 'workspace');
mkdirSync(join(userData, 'User'), { recursive: true });
mkdirSync(workspace);
writeFileSync(join(workspace, 'Dockerfile'), 'FROM alpine as build\nRUN echo hello\n');
// A quiet VS Code: no welcome page, no trust prompt, no update or telemetry traffic.
writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'git.enabled': false,
}, null, 2));

const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
log(`installing ${vsix}`);
const install = spawnSync(codeServer, [...common, '--install-extension', vsix], { encoding: 'utf8', timeout: 120_000 });
if (install.status !== 0 || !/successfully installed/i.test(install.stdout + install.stderr)) {
  fail(`--install-extension failed (${install.status}):\n${install.stdout}\n${install.stderr}`);
}

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const server = spawn(codeServer, [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  workspace], { stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stdout.on('data', (d) => { serverLog += d; });
server.stderr.on('data', (d) => { serverLog += d; });

let browser;
let page;
const shot = async (name) => { if (page) await page.screenshot({ path: join(artifacts, `${name}.png`) }); };
try {
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  const up = Date.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() - up > STEP_TIMEOUT) fail(`code-server did not answer on port ${port}:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`code-server is up on 127.0.0.1:${port}`);

  // Offline machine: keep Chromium from reaching for Google's services at every start.
  browser = await chromium.launch({
    executablePath: browserPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(STEP_TIMEOUT);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: STEP_TIMEOUT });
  await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT });
  const explorerItem = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'Dockerfile' });
  await explorerItem.first().waitFor({ timeout: STEP_TIMEOUT }).catch(async () => {
    await shot('failed-explorer');
    fail('the workspace did not show the Dockerfile in the explorer');
  });
  await explorerItem.first().click();
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.waitFor({ timeout: STEP_TIMEOUT });
  log('Dockerfile opened');

  // The server's diagnostic: a warning squiggle in the editor and its message in Problems.
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: STEP_TIMEOUT }).catch(async () => {
    await shot('failed-diagnostic');
    fail(`no warning squiggle from the server within ${STEP_TIMEOUT / 1000} s`);
  });
  await page.keyboard.press('Control+Shift+M');
  const problem = page.locator('.markers-panel .monaco-list-row', { hasText: "'as' and 'FROM' keywords' casing do not match" });
  await problem.first().waitFor({ timeout: STEP_TIMEOUT }).catch(async () => {
    await shot('failed-problems');
    fail("the Problems panel has no FromAsCasing diagnostic ('as' and 'FROM' keywords' casing do not match)");
  });
  const problemText = await problem.first().innerText();
  if (!/FromAsCasing/.test(problemText)) fail(`the problem does not carry the rule id FromAsCasing: ${problemText}`);
  log(`diagnostic shown: ${problemText.replace(/\s+/g, ' ')}`);
  await shot('1-diagnostic');

  // The quick fix: put the cursor on the diagnostic (Go to Next Problem), open Quick Fix.
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: "Change 'as' to 'AS'" });
  await fix.first().waitFor({ timeout: STEP_TIMEOUT }).catch(async () => {
    await shot('failed-quickfix-menu');
    fail("the Quick Fix menu has no \"Change 'as' to 'AS'\"");
  });
  await shot('2-quick-fix-menu');
  // Choose it with the keyboard, as a user would (the menu's overlay swallows synthetic clicks).
  const focused = page.locator('.action-widget .monaco-list-row.focused');
  for (let i = 0; i < 10 && !/Change 'as' to 'AS'/.test(await focused.innerText().catch(() => '')); i++) {
    await page.keyboard.press('ArrowDown');
  }
  if (!/Change 'as' to 'AS'/.test(await focused.innerText().catch(() => ''))) {
    await shot('failed-quickfix-select');
    fail("could not select \"Change 'as' to 'AS'\" in the Quick Fix menu");
  }
  await page.keyboard.press('Enter');
  const fixed = page.locator('.editor-instance .view-line', { hasText: 'FROM alpine AS build' });
  await fixed.first().waitFor({ timeout: STEP_TIMEOUT }).catch(async () => {
    await shot('failed-fix');
    fail("the quick fix did not turn the first line into 'FROM alpine AS build'");
  });
  // The fixed text has no FromAsCasing left: the server re-checks the edited document.
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'FromAsCasing' }).first()
    .waitFor({ state: 'detached', timeout: STEP_TIMEOUT }).catch(async () => {
      await shot('failed-after-fix');
      fail('the FromAsCasing diagnostic stayed after its fix');
    });
  log('quick fix applied: FROM alpine AS build, and the diagnostic is gone');
  await shot('3-fixed');
  console.log('vscode e2e: 1 passed, 0 failed');
} catch (error) {
  if (!process.exitCode) {
    await shot('failed-unexpected').catch(() => {});
    console.error(`vscode e2e: FAIL ${error.stack ?? error}`);
    process.exitCode = 1;
  }
  writeFileSync(join(artifacts, 'code-server.log'), serverLog);
} finally {
  await browser?.close();
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
