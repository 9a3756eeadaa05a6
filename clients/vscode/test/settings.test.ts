import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESTART_KEYS, SECTION, toServerSettings } from '../src/settings';

/** A reader over a flat `key -> value` map, like `WorkspaceConfiguration.get` for one section. */
const reader = (values: Record<string, unknown>) => (key: string) => values[key];

test("the server's keys are passed through under the server's names", () => {
  assert.deepEqual(toServerSettings(reader({
    rules: { MaintainerDeprecated: 'error', DL3008: 'off' },
    categories: { 'buildkit-check': 'info' },
    buildContext: '..',
    'formatting.continuationIndent': 2,
    'formatting.ignoreMultilineInstructions': true,
    'java.home': '/opt/jdk',
    'server.jvmArgs': ['-Xmx1g'],
    'trace.server': 'verbose',
  })), {
    rules: { MaintainerDeprecated: 'error', DL3008: 'off' },
    categories: { 'buildkit-check': 'info' },
    buildContext: '..',
    formatting: { continuationIndent: 2, ignoreMultilineInstructions: true },
  });
});

test('defaults and unset values send nothing, so the server keeps its own defaults', () => {
  assert.deepEqual(toServerSettings(reader({ rules: {}, categories: {}, buildContext: null,
    'formatting.continuationIndent': null })), {});
  assert.deepEqual(toServerSettings(reader({})), {});
  assert.deepEqual(toServerSettings(reader({ 'formatting.ignoreMultilineInstructions': false })),
    { formatting: { ignoreMultilineInstructions: false } });
});

test('values of the wrong type are dropped one by one, the rest kept', () => {
  assert.deepEqual(toServerSettings(reader({
    rules: { FromAsCasing: 'error', UndefinedVar: 3, JSONArgsRecommended: null },
    categories: ['security'],
    buildContext: '   ',
    'formatting.continuationIndent': -1,
    'formatting.ignoreMultilineInstructions': 'yes',
  })), { rules: { FromAsCasing: 'error' } });
  assert.deepEqual(toServerSettings(reader({ 'formatting.continuationIndent': 2.5 })), {});
});

test('package.json contributes every key the mapping reads, and the client keys that restart', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
  const properties = Object.keys(manifest.contributes.configuration.properties);
  const read: string[] = [];
  toServerSettings((key) => { read.push(key); return undefined; });
  for (const key of [...read.map((k) => `${SECTION}.${k}`), ...RESTART_KEYS, `${SECTION}.trace.server`]) {
    assert.ok(properties.includes(key), `package.json does not contribute ${key}`);
  }
  assert.deepEqual(manifest.activationEvents, ['onLanguage:dockerfile']);
  assert.deepEqual([...manifest.contributes.commands.map((c: { command: string }) => c.command)].sort(),
    [`${SECTION}.restartServer`, `${SECTION}.showOutput`]);
});
