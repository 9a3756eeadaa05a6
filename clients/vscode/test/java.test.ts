import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findJava, onPath, parseMajorVersion } from '../src/java';

const root = mkdtempSync(join(tmpdir(), 'dockerfile-ls-java-'));

/** A fake Java installation whose bin/java prints the properties of the given version. */
function fakeJdk(name: string, specVersion: string): string {
  const home = join(root, name);
  mkdirSync(join(home, 'bin'), { recursive: true });
  const java = join(home, 'bin', 'java');
  writeFileSync(java, `#!/bin/sh\necho "    java.specification.version = ${specVersion}" >&2\necho 'openjdk version' >&2\n`);
  chmodSync(java, 0o755);
  return home;
}

const jdk21 = fakeJdk('jdk21', '21');
const jdk17 = fakeJdk('jdk17', '17');
const jdk11 = fakeJdk('jdk11', '11');
const jdk8 = fakeJdk('jdk8', '1.8');
const empty = join(root, 'empty');
mkdirSync(empty);

test('the setting wins over JAVA_HOME and PATH', async () => {
  const found = await findJava({ javaHome: jdk21, env: { JAVA_HOME: jdk17, PATH: join(jdk11, 'bin') } });
  assert.deepEqual(found, { ok: true, java: join(jdk21, 'bin', 'java'), version: 21, source: 'setting' });
});

test('JAVA_HOME comes next when the setting is unset or blank', async () => {
  for (const javaHome of [undefined, null, '', '  ']) {
    const found = await findJava({ javaHome, env: { JAVA_HOME: jdk17, PATH: join(jdk21, 'bin') } });
    assert.deepEqual(found, { ok: true, java: join(jdk17, 'bin', 'java'), version: 17, source: 'JAVA_HOME' });
  }
});

test('java on PATH is the last resort, first PATH entry first', async () => {
  const found = await findJava({ env: { PATH: [empty, join(jdk21, 'bin'), join(jdk17, 'bin')].join(':') } });
  assert.deepEqual(found, { ok: true, java: join(jdk21, 'bin', 'java'), version: 21, source: 'PATH' });
});

test('a Java older than 17 is refused with its version in the message', async () => {
  const found = await findJava({ javaHome: jdk11, env: { PATH: join(jdk21, 'bin') } });
  assert.equal(found.ok, false);
  assert.match(!found.ok ? found.message : '', /dockerfile-ls\.java\.home .* is Java 11; .* needs Java 17 or newer/);
});

test('Java 8 reports its spec version as 1.8 and is refused as Java 8', async () => {
  const found = await findJava({ env: { JAVA_HOME: jdk8 } });
  assert.match(!found.ok ? found.message : 'found', /JAVA_HOME .* is Java 8;/);
});

test('a setting that names a folder without bin/java is reported, not replaced by another Java', async () => {
  const found = await findJava({ javaHome: empty, env: { JAVA_HOME: jdk21, PATH: join(jdk21, 'bin') } });
  assert.match(!found.ok ? found.message : 'found', /dockerfile-ls\.java\.home \(.*empty\) has no runnable bin\/java/);
});

test('no Java anywhere says where to set one', async () => {
  const found = await findJava({ env: { PATH: empty } });
  assert.equal(found.ok, false);
  assert.match(!found.ok ? found.message : '', /none was found: set dockerfile-ls\.java\.home.*JAVA_HOME.*PATH/);
});

test('a java that does not say its version is reported', async () => {
  const found = await findJava({ javaHome: jdk21, env: {}, versionOf: async () => undefined });
  assert.match(!found.ok ? found.message : 'found', /did not run or did not say its version/);
});

test('the version parser reads modern and 1.x spec versions and nothing else', () => {
  assert.equal(parseMajorVersion('    java.specification.version = 17\n'), 17);
  assert.equal(parseMajorVersion('java.specification.version = 1.8'), 8);
  assert.equal(parseMajorVersion('java.specification.version = 21.0'), 21);
  assert.equal(parseMajorVersion('openjdk version "17.0.15"'), undefined);
});

test('onPath skips entries without an executable java', () => {
  assert.equal(onPath({ PATH: `${empty}::${join(jdk17, 'bin')}` }), join(jdk17, 'bin', 'java'));
  assert.equal(onPath({ PATH: empty }), undefined);
  assert.equal(onPath({}), undefined);
});

test("this machine's real java is found and is 17 or newer", async () => {
  const found = await findJava({ env: process.env });
  assert.ok(found.ok, !found.ok ? found.message : '');
  assert.ok(found.version >= 17);
});
