// Checks the LSP4IJ template in ../dockerfile-ls: the JSON files parse and agree with each
// other and with the server's settings, and the exact command the template declares for
// Linux/macOS starts the server (after LSP4IJ's macro expansion and its quote-aware split) and
// talks LSP: initialize with initializationOptions.json, settings.json pushed the way LSP4IJ
// pushes it, a Dockerfile opened under the template's language id, diagnostics back, shutdown.
//
// Why a Node script and not a JUnit test: the command runs the packaged jar, which exists only
// after Maven's package phase (surefire runs before it), and Node's built-in test runner needs
// no dependency at all. Run: node --test clients/intellij/test/ (after mvn package).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const templateDir = join(here, '..', 'dockerfile-ls');
const repo = join(here, '..', '..', '..');
const read = (name) => JSON.parse(readFileSync(join(templateDir, name), 'utf8'));
const template = read('template.json');
const settings = read('settings.json');
const schema = read('settings.schema.json');
const initializationOptions = read('initializationOptions.json');

/** LSP4IJ's CommandUtils.createCommands: split on spaces outside double quotes, drop the quotes. */
function splitLikeLsp4ij(commandLine) {
  const parts = [];
  let part = '';
  let quoted = false;
  for (const c of commandLine) {
    if (c === '"') quoted = !quoted;
    else if (c === ' ' && !quoted) { if (part.trim()) parts.push(part.trim()); part = ''; }
    else part += c;
  }
  if (part.trim()) parts.push(part.trim());
  return parts;
}

/**
 * A JSON Schema check for the keywords the template's schema uses (type, enum, properties,
 * additionalProperties, minimum); returns the problems as "path: what".
 */
function validate(value, schemaNode, path = '$') {
  const problems = [];
  const types = [].concat(schemaNode.type ?? []);
  const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array'
    : typeof v === 'number' && Number.isInteger(v) ? 'integer' : typeof v);
  if (types.length > 0 && !types.some((t) => t === typeOf(value) || (t === 'number' && typeOf(value) === 'integer'))) {
    return [`${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
  }
  if (schemaNode.enum && !schemaNode.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} not in ${schemaNode.enum}`);
  if (schemaNode.minimum !== undefined && value < schemaNode.minimum) problems.push(`${path}: below ${schemaNode.minimum}`);
  if (typeOf(value) === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const sub = schemaNode.properties?.[key];
      if (sub) problems.push(...validate(child, sub, `${path}.${key}`));
      else if (schemaNode.additionalProperties === false) problems.push(`${path}.${key}: not allowed`);
      else if (typeof schemaNode.additionalProperties === 'object') problems.push(...validate(child, schemaNode.additionalProperties, `${path}.${key}`));
    }
  }
  return problems;
}

test('template.json has what LSP4IJ reads: id, name, commands per OS, mappings to the dockerfile language id', () => {
  assert.equal(template.id, 'dockerfile-ls');
  assert.ok(template.name);
  assert.deepEqual(Object.keys(template.programArgs).sort(), ['default', 'windows']);
  assert.deepEqual(template.languageMappings, [{ language: 'Dockerfile', languageId: 'dockerfile' }]);
  const patterns = template.fileTypeMappings.flatMap((m) => m.fileType.patterns);
  for (const name of ['Dockerfile', 'Containerfile', '*.dockerfile', '*.Dockerfile', 'Dockerfile.*']) {
    assert.ok(patterns.includes(name), `no file name pattern ${name}`);
  }
  assert.ok(template.fileTypeMappings.every((m) => m.languageId === 'dockerfile'));
});

test('the Linux/macOS and Windows commands run the same jar with the same arguments', () => {
  const unix = splitLikeLsp4ij(template.programArgs.default);
  const windows = splitLikeLsp4ij(template.programArgs.windows);
  assert.deepEqual([unix[0], windows[0]], ['java', 'java.exe']);
  assert.deepEqual(unix.slice(1).map((a) => a.replaceAll('\\', '/')), windows.slice(1).map((a) => a.replaceAll('\\', '/')));
  assert.deepEqual(unix.slice(-3), ['-jar', '$USER_HOME$/.dockerfile-ls/dockerfile-ls.jar', '--stdio']);
});

test('settings.json and initializationOptions.json are valid by settings.schema.json', () => {
  assert.deepEqual(validate(settings, schema), []);
  assert.deepEqual(validate(initializationOptions.settings, schema), []);
  // The validator itself rejects what it should, so the two checks above can fail.
  assert.equal(validate({ 'dockerfile-ls': { rules: { X: 'loud' }, formatting: { continuationIndent: -1 }, bogus: 1 } }, schema).length, 3);
});

test("the schema has exactly the server's settings, as the VS Code extension contributes them", () => {
  const vscode = JSON.parse(readFileSync(join(repo, 'clients', 'vscode', 'package.json'), 'utf8'));
  const clientOnly = ['java.home', 'server.jvmArgs', 'trace.server'];
  const fromVscode = Object.keys(vscode.contributes.configuration.properties)
    .map((key) => key.replace(/^dockerfile-ls\./, ''))
    .filter((key) => !clientOnly.includes(key))
    .sort();
  const section = schema.properties['dockerfile-ls'].properties;
  const fromSchema = Object.entries(section)
    .flatMap(([key, node]) => (key === 'formatting' ? Object.keys(node.properties).map((sub) => `formatting.${sub}`) : [key]))
    .sort();
  assert.deepEqual(fromSchema, fromVscode);
});

/** One JSON-RPC frame. */
const frame = (message) => {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

/** Reads framed messages from a stream and hands each one to `onMessage`. */
function readMessages(stream, onMessage) {
  let buffer = Buffer.alloc(0);
  stream.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      onMessage(JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()));
      buffer = buffer.subarray(headerEnd + 4 + length);
    }
  });
}

test("the template's own command starts the server, which answers LSP and follows settings changes", async () => {
  const jar = join(repo, 'server', 'target', 'dockerfile-ls.jar');
  assert.ok(existsSync(jar), `${jar} is missing: run \`mvn -B -q package -DskipTests\` at the repository root first`);
  // A user home with a space in it, as on many machines: the quotes in the command must hold.
  const home = mkdtempSync(join(tmpdir(), 'lsp4ij home '));
  mkdirSync(join(home, '.dockerfile-ls'));
  copyFileSync(jar, join(home, '.dockerfile-ls', 'dockerfile-ls.jar'));
  const workspace = join(home, 'project');
  mkdirSync(workspace);
  const command = splitLikeLsp4ij(template.programArgs.default.replaceAll('$USER_HOME$', home));
  const server = spawn(command[0], command.slice(1), { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => { stderr += d; });
  const messages = [];
  const waiters = [];
  let current = settings; // what the user has in LSP4IJ's Configuration tab
  readMessages(server.stdout, (message) => {
    messages.push(message);
    // LSP4IJ answers workspace/configuration from settings.json by the dotted section.
    if (message.method === 'workspace/configuration') {
      server.stdin.write(frame({ id: message.id, result: message.params.items.map((item) => current[item.section] ?? null) }));
    } else if (message.id !== undefined && message.method) {
      server.stdin.write(frame({ id: message.id, result: null }));
    }
    for (const waiter of [...waiters]) waiter();
  });
  const waitFor = (what, predicate) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${what} within 60 s; stderr: ${stderr}`)), 60_000);
    const check = () => {
      const found = messages.find(predicate);
      if (found) { clearTimeout(timer); waiters.splice(waiters.indexOf(check), 1); resolve(found); }
    };
    waiters.push(check);
    check();
  });
  const exited = new Promise((resolve) => server.on('exit', resolve));
  try {
    const uri = pathToFileURL(join(workspace, 'Dockerfile')).href;
    server.stdin.write(frame({ id: 1, method: 'initialize', params: {
      processId: process.pid, rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'project' }],
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
      initializationOptions } }));
    const init = await waitFor('initialize result', (m) => m.id === 1);
    assert.equal(init.result.serverInfo.name, 'dockerfile-ls');
    assert.ok(init.result.capabilities.textDocumentSync, 'no textDocumentSync capability');
    server.stdin.write(frame({ method: 'initialized', params: {} }));
    server.stdin.write(frame({ method: 'workspace/didChangeConfiguration', params: { settings } }));
    server.stdin.write(frame({ method: 'textDocument/didOpen', params: { textDocument: {
      uri, languageId: template.languageMappings[0].languageId, version: 1, text: 'FROM alpine as build\nRUN echo hi\n' } } }));
    const published = await waitFor('FromAsCasing diagnostic', (m) => m.method === 'textDocument/publishDiagnostics'
      && m.params.uri === uri && m.params.diagnostics.some((d) => d.code === 'FromAsCasing'));
    const diagnostic = published.params.diagnostics.find((d) => d.code === 'FromAsCasing');
    assert.deepEqual(diagnostic.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 14 } });
    assert.equal(diagnostic.severity, 2, 'FromAsCasing is a warning by default');
    // The user edits the configuration: LSP4IJ pushes the whole settings.json again.
    current = structuredClone(settings);
    current['dockerfile-ls'].rules = { FromAsCasing: 'error' };
    const before = messages.length;
    server.stdin.write(frame({ method: 'workspace/didChangeConfiguration', params: { settings: current } }));
    await waitFor('FromAsCasing as an error after the settings change', (m) => messages.indexOf(m) >= before
      && m.method === 'textDocument/publishDiagnostics'
      && m.params.diagnostics.some((d) => d.code === 'FromAsCasing' && d.severity === 1));
    server.stdin.write(frame({ id: 2, method: 'shutdown' }));
    await waitFor('shutdown result', (m) => m.id === 2);
    server.stdin.write(frame({ method: 'exit' }));
    assert.equal(await exited, 0, `the server exited with ${await exited}; stderr: ${stderr}`);
  } finally {
    server.kill();
    rmSync(home, { recursive: true, force: true });
  }
});
