import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { findJava } from '../src/java';
import { BASE_JVM_ARGS, serverCommand } from '../src/launch';

test('the JVM flags come first, then the user JVM args, then -jar and --stdio', () => {
  assert.deepEqual(serverCommand('/jdk/bin/java', '/ext/server/dockerfile-ls.jar', ['-Xmx256m', '-Dfoo=a b']), {
    command: '/jdk/bin/java',
    args: [...BASE_JVM_ARGS, '-Xmx256m', '-Dfoo=a b', '-jar', '/ext/server/dockerfile-ls.jar', '--stdio'],
  });
});

test('blank, padded and non-string JVM args are cleaned up, never split', () => {
  const { args } = serverCommand('java', 'x.jar', [' -Xmx64m ', '', '   ', 42, null, '-XX:+UseG1GC -Xss8m']);
  assert.deepEqual(args, [...BASE_JVM_ARGS, '-Xmx64m', '-XX:+UseG1GC -Xss8m', '-jar', 'x.jar', '--stdio']);
  assert.deepEqual(serverCommand('java', 'x.jar', undefined).args, [...BASE_JVM_ARGS, '-jar', 'x.jar', '--stdio']);
});

/** One JSON-RPC message with its Content-Length header. */
const frame = (message: object) => {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

test('the command line starts the real server jar, which answers initialize and shutdown', async () => {
  const jar = join(__dirname, '..', '..', '..', '..', 'server', 'target', 'dockerfile-ls.jar');
  assert.ok(existsSync(jar), `${jar} is missing: run \`mvn -B -q package -DskipTests\` at the repository root first`);
  const java = await findJava({ env: process.env });
  assert.ok(java.ok, !java.ok ? java.message : '');
  const launch = serverCommand(java.java, jar, ['-Xmx128m']);
  const server = spawn(launch.command, launch.args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  server.stdout.on('data', (chunk) => { stdout += chunk; });
  server.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
  server.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
  server.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
  server.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => { server.kill(); reject(new Error(`no exit within 60 s; stdout: ${stdout}`)); }, 60_000);
    server.on('exit', (exitCode) => { clearTimeout(timer); resolve(exitCode); });
  });
  assert.equal(code, 0);
  assert.match(stdout, /"id":1,"result":\{"capabilities":/);
  assert.match(stdout, /"name":"dockerfile-ls"/);
  assert.match(stdout, /"id":2,"result":null/);
});
